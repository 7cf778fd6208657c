package kz.attest.application;

import kz.attest.signature.ContentToSign;
import kz.attest.signature.DetachedSignature;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;


/**
 * The motivated decision after the hearing (¶7) through the REST API: the officer prepares it
 * ({@code POST /api/v1/applications/{id}/decision}), the head fetches its canonical content and signs it with EDS.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DecisionController {

    private static final String HEAD = "hasRole('PROVIDER_HEAD')";

    private final AdmissionDecisions decisions;

    @GetMapping("/api/v1/applications/{id}/decision")
    DecisionView current(@PathVariable long id) {
        return decisions.current(id)
                .orElseThrow(() -> new ApplicationRefusal(Kind.NOT_FOUND, "application.decision.none-prepared"));
    }

    @GetMapping("/api/v1/applications/{id}/decision/content")
    @PreAuthorize(HEAD)
    ContentToSign content(@PathVariable long id) {
        return ContentToSign.of(decisions.contentToSign(id));
    }

    /** The head's detached CMS (base64 or PEM) of the content; verified against the head's IIN. */
    @PostMapping("/api/v1/applications/{id}/decision/sign")
    @PreAuthorize(HEAD)
    ApplicationView sign(@PathVariable long id, @RequestBody DetachedSignature signature) {
        return decisions.sign(id, signature.bytes());
    }
}
