package kz.attest.decision;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;

/** ¶24: the provider's results register, as a page, as JSON and as a signed file for an air-gapped node. */
@Controller
class ResultsController {

    private final Results results;

    ResultsController(Results results) {
        this.results = results;
    }

    @GetMapping("/office/results")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    String page(@RequestParam(required = false) String provider, Model model) {
        model.addAttribute("results", results.register(provider));
        return "decision/results";
    }

    @GetMapping("/api/v1/office/results")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    @ResponseBody
    List<ResultEntry> register(@RequestParam(required = false) String provider) {
        return results.register(provider);
    }

    @GetMapping("/api/v1/office/results/signed")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    ResponseEntity<byte[]> signed(@RequestParam(required = false) String provider) {
        Results.SignedFile file = results.signedFile(provider);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/pkcs7-mime"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("X-Sittings", Integer.toString(file.sittings()))
                .body(file.cms());
    }
}
