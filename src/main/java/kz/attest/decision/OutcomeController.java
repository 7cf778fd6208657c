package kz.attest.decision;

import kz.attest.application.ApplicationSummary;
import kz.attest.application.Applications;
import kz.attest.web.Downloads;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;
import java.util.UUID;

import static kz.attest.web.Refusal.Kind.BAD_INPUT;

/** Decisions that end an application: the provider's office (prepare, sign, correct) and the applicant's cabinet. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutcomeController {

    private final Outcomes outcomes;
    private final Applications applications;

    record Correction(String reason) {
    }

    record Signer(String login) {
    }

    @GetMapping("/api/v1/office/outcomes")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    @ResponseBody
    List<OutcomeView> office(@RequestParam(required = false) String status) {
        return outcomes.ofProvider(status);
    }

    @PostMapping("/api/v1/office/outcomes/applications/{applicationId}/prepare")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    @ResponseBody
    OutcomeView prepare(@PathVariable long applicationId) {
        return outcomes.prepare(applicationId);
    }

    @PostMapping("/api/v1/office/outcomes/{id}/sign")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    @ResponseBody
    OutcomeView sign(@PathVariable UUID id) {
        return outcomes.sign(id);
    }

    record SignatureBody(String cms) {
    }

    /** eds-sign.js: GET {content: base64 of the bytes the head's key signs}. */
    @GetMapping("/api/v1/office/outcomes/{id}/to-sign")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    @ResponseBody
    java.util.Map<String, String> toSign(@PathVariable UUID id) {
        return java.util.Map.of("content", java.util.Base64.getEncoder().encodeToString(outcomes.toSign(id)));
    }

    /** eds-sign.js: POST {cms: base64 detached CMS}. */
    @PostMapping("/api/v1/office/outcomes/{id}/signature")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    @ResponseBody
    OutcomeView signature(@PathVariable UUID id, @RequestBody(required = false) SignatureBody body) {
        byte[] cms;
        try {
            cms = body == null || body.cms() == null ? null : java.util.Base64.getMimeDecoder().decode(body.cms());
        } catch (IllegalArgumentException e) {
            throw new DecisionRefusal(BAD_INPUT, "decision.outcome.signature-required");
        }
        return outcomes.signWithOwnKey(id, cms);
    }

    @PostMapping("/api/v1/office/outcomes/{id}/correct")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    @ResponseBody
    OutcomeView correct(@PathVariable UUID id, @RequestBody(required = false) Correction body) {
        return outcomes.correct(id, body == null ? null : body.reason());
    }

    @PostMapping("/api/v1/office/outcomes/signers")
    @PreAuthorize("hasRole('PROVIDER_HEAD')")
    @ResponseBody
    ResponseEntity<Void> authorise(@RequestBody(required = false) Signer body) {
        outcomes.authoriseSigner(body == null ? null : body.login());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/cabinet/outcomes")
    @ResponseBody
    List<OutcomeView> mine() {
        return outcomes.mine();
    }

    @GetMapping("/api/v1/outcomes/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return download(outcomes.file(id, true));
    }

    @GetMapping("/api/v1/outcomes/{id}/docx")
    ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        return download(outcomes.file(id, false));
    }

    // --- pages ----------------------------------------------------------------------------------------------------

    @GetMapping("/office/outcomes")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    String officePage(Model model) {
        List<ApplicationSummary> due = applications.queue().stream().filter(a -> a.status().awaitsDecision()).toList();
        model.addAttribute("due", due);
        model.addAttribute("outcomes", outcomes.ofProvider(null));
        return "decision/office-outcomes";
    }

    @PostMapping("/office/outcomes/applications/{applicationId}/prepare")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    String preparePage(@PathVariable long applicationId) {
        outcomes.prepare(applicationId);
        return "redirect:/office/outcomes?prepared";
    }

    @PostMapping("/office/outcomes/{id}/sign")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    String signPage(@PathVariable UUID id) {
        outcomes.sign(id);
        return "redirect:/office/outcomes?signed";
    }

    @PostMapping("/office/outcomes/{id}/correct")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    String correctPage(@PathVariable UUID id, @RequestParam(required = false) String reason) {
        outcomes.correct(id, reason);
        return "redirect:/office/outcomes?corrected";
    }

    @GetMapping("/cabinet/outcomes")
    String cabinetPage(Model model) {
        model.addAttribute("outcomes", outcomes.mine());
        return "decision/cabinet-outcomes";
    }

    private static ResponseEntity<byte[]> download(Outcomes.DocumentFile file) {
        return Downloads.uploaded(file.contentType(), file.fileName(), file.content());
    }
}
