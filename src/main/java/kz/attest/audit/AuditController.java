package kz.attest.audit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.util.Map;

/** The auditor's screen, the chain verification endpoint, checkpoints on demand and the export for offline checks. */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR', 'SYSTEM_ADMIN')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditController {

    static final MediaType EXPORT = MediaType.parseMediaType("application/x-ndjson");

    private final AuditLog auditLog;

    @GetMapping("/audit")
    String page(@RequestParam(defaultValue = "100") int limit, Model model) {
        model.addAttribute("entries", auditLog.latest(limit));
        model.addAttribute("checkpoints", auditLog.latestCheckpoints(20));
        return "audit/log";
    }

    @GetMapping("/audit/verify")
    String verifyPage(Model model) {
        model.addAttribute("verification", auditLog.verify());
        model.addAttribute("entries", auditLog.latest(100));
        model.addAttribute("checkpoints", auditLog.latestCheckpoints(20));
        return "audit/log";
    }

    @PostMapping("/audit/checkpoints")
    String takeCheckpoint(Authentication authentication) {
        auditLog.checkpoint(authentication.getName(), false);
        return "redirect:/audit";
    }

    @GetMapping(value = "/api/v1/audit/verify", produces = "application/json")
    @ResponseBody
    ChainVerification verify() {
        return auditLog.verify();
    }

    @PostMapping(value = "/api/v1/audit/checkpoints", produces = "application/json")
    @ResponseBody
    Map<String, Long> takeCheckpointApi(Authentication authentication) {
        return Map.of("id", auditLog.checkpoint(authentication.getName(), false).orElseThrow());
    }

    /** The whole trail in the export format ({@link AuditTrailFile}), streamed. */
    @GetMapping("/api/v1/audit/export")
    ResponseEntity<StreamingResponseBody> export() {
        return ResponseEntity.ok().contentType(EXPORT)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"attest-audit-trail.jsonl\"")
                .body(auditLog::export);
    }
}
