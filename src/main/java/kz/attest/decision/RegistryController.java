package kz.attest.decision;

import kz.attest.web.Downloads;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;
import java.util.Locale;

/** The registry of attested persons and certificate holders for officers: page, JSON and XLSX. */
@Controller
@PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegistryController {

    private final OutcomeRegistry registry;

    @GetMapping("/api/v1/office/registry")
    @ResponseBody
    List<OutcomeView> search(@RequestParam(required = false) String q, @RequestParam(required = false) String service,
                             @RequestParam(required = false) String standing) {
        return registry.search(new OutcomeRegistry.Query(q, service, standing));
    }

    @GetMapping("/api/v1/office/registry.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String q, @RequestParam(required = false) String service,
                                @RequestParam(required = false) String standing, Locale locale) {
        return Downloads.attachment(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "registry.xlsx")
                .body(registry.xlsx(new OutcomeRegistry.Query(q, service, standing), locale));
    }

    @GetMapping("/office/registry")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) String service,
                @RequestParam(required = false) String standing, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("service", service);
        model.addAttribute("standing", standing);
        model.addAttribute("entries", registry.search(new OutcomeRegistry.Query(q, service, standing)));
        return "decision/registry";
    }
}
