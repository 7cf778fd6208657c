package kz.attest.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The auditor's screen and the chain verification endpoint. */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR', 'SYSTEM_ADMIN')")
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/audit")
    String page(@RequestParam(defaultValue = "100") int limit, Model model) {
        model.addAttribute("entries", auditLog.latest(limit));
        return "audit/log";
    }

    @GetMapping("/audit/verify")
    String verifyPage(Model model) {
        model.addAttribute("verification", auditLog.verify());
        model.addAttribute("entries", auditLog.latest(100));
        return "audit/log";
    }

    @GetMapping(value = "/api/v1/audit/verify", produces = "application/json")
    @ResponseBody
    ChainVerification verify() {
        return auditLog.verify();
    }
}
