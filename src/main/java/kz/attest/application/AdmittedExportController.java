package kz.attest.application;

import kz.attest.catalogue.ServiceCode;
import kz.attest.signature.SignedFiles;
import kz.attest.web.Downloads;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * ¶9, ¶34, ¶59, ¶84: the admitted candidates for the testing operator: a JSON list for the operator's administrator,
 * and a signed export file (CMS SignedData, {@code .p7m}) for officers and the operator.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AdmittedExportController {

    private final Applications applications;
    private final AdmittedExports exports;

    @GetMapping("/api/v1/operator/admitted")
    @PreAuthorize("hasRole('OPERATOR_ADMIN')")
    List<AdmittedCandidate> admitted(@RequestParam(required = false) String service) {
        return applications.admitted(service(service));
    }

    @GetMapping("/api/v1/admitted/export")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD', 'OPERATOR_ADMIN')")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String provider,
                                  @RequestParam(required = false) String service) {
        AdmittedExports.ExportFile file = exports.export(provider, service(service));
        return Downloads.attachment(SignedFiles.CMS, file.fileName())
                .header("X-Candidates", Integer.toString(file.candidates()))
                .body(file.cms());
    }

    private static Optional<ServiceCode> service(String service) {
        if (service == null || service.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ServiceCode.parse(service)
                .orElseThrow(() -> new ApplicationRefusal(Kind.NOT_FOUND, "catalogue.unknown-service", service)));
    }
}
