package kz.attest.decision;

import kz.attest.identity.Organisation;
import kz.attest.identity.OrganisationKind;
import kz.attest.identity.Organisations;
import kz.attest.signature.SignedFiles;
import kz.attest.web.Downloads;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * ¶24: the provider's results register, as a page, as JSON and as a signed file for an air-gapped node; the operator's
 * export of one provider's results from an air-gapped node, and the provider's import of that file.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResultsController {

    /** The organisations that receive results (the providers of the services). */
    static final Set<OrganisationKind> PROVIDERS = EnumSet.of(OrganisationKind.JUSTICE_DEPARTMENT,
            OrganisationKind.FORENSIC_CENTRE, OrganisationKind.MINISTRY);

    private final Results results;
    private final ResultsImports imports;
    private final Organisations organisations;

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
        return download(results.signedFile(provider));
    }

    /** The provider's node imports the results file of an air-gapped operator node. */
    @PostMapping(path = "/api/v1/office/results/import", consumes = "multipart/form-data")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    @ResponseBody
    ResultsImports.ImportResult importFile(@RequestParam(required = false) MultipartFile file) throws IOException {
        return imports.importFile(file == null ? null : file.getBytes());
    }

    /** On an air-gapped operator node: the results of one provider, signed by the operator. */
    @GetMapping("/api/v1/operator/results/signed")
    @PreAuthorize("hasRole('OPERATOR_ADMIN')")
    ResponseEntity<byte[]> operatorSigned(@RequestParam(required = false) String provider) {
        return download(results.operatorSignedFile(provider));
    }

    @GetMapping("/operator/results")
    @PreAuthorize("hasRole('OPERATOR_ADMIN')")
    String operatorPage(Model model) {
        model.addAttribute("providers", organisations.all().stream()
                .filter(o -> PROVIDERS.contains(o.kind())).map(Organisation::id).toList());
        return "decision/operator-results";
    }

    private static ResponseEntity<byte[]> download(Results.SignedFile file) {
        return Downloads.attachment(SignedFiles.CMS, file.fileName())
                .header("X-Sittings", Integer.toString(file.sittings()))
                .body(file.cms());
    }
}
