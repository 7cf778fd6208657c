package kz.attest.application;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The motivated decision after the hearing (¶7) through the REST API: the officer prepares it
 * ({@code POST /api/v1/applications/{id}/decision}), the head fetches its canonical content and signs it with EDS.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DecisionController {

    private static final String HEAD = "hasRole('PROVIDER_HEAD')";

    private final AdmissionDecisions decisions;

    record ContentToSign(String content, String sha256) {
    }

    record Signature(String cms) {
    }

    @GetMapping("/api/v1/applications/{id}/decision")
    DecisionView current(@PathVariable long id) {
        return decisions.current(id)
                .orElseThrow(() -> ApplicationRefusal.notFound("application.decision.none-prepared"));
    }

    @GetMapping("/api/v1/applications/{id}/decision/content")
    @PreAuthorize(HEAD)
    ContentToSign content(@PathVariable long id) {
        byte[] content = decisions.contentToSign(id);
        return new ContentToSign(Base64.getEncoder().encodeToString(content), ApplicationDrafts.sha256(content));
    }

    /** The head's detached CMS (base64 or PEM) of the content; verified against the head's IIN. */
    @PostMapping("/api/v1/applications/{id}/decision/sign")
    @PreAuthorize(HEAD)
    ApplicationView sign(@PathVariable long id, @RequestBody Signature signature) {
        byte[] cms = signature.cms() == null ? new byte[0] : signature.cms().getBytes(StandardCharsets.US_ASCII);
        return decisions.sign(id, cms);
    }
}
