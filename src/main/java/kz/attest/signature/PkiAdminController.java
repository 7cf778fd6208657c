package kz.attest.signature;

import kz.attest.audit.AuditLog;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigInteger;
import java.security.cert.X509CRLEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The system administrator's view of the demonstration CA: its certificates, its CRL, and revocation. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PkiAdminController {

    private final ObjectProvider<DemoCertificateAuthority> demoCa;
    private final AuditLog auditLog;

    @GetMapping("/admin/pki")
    String page(Model model) {
        DemoCertificateAuthority ca = ca();
        model.addAttribute("root", SubjectNames.describe(ca.rootCertificate(), null));
        model.addAttribute("issuing", SubjectNames.describe(ca.issuingCertificate(), null));
        Set<? extends X509CRLEntry> entries = ca.crl().getRevokedCertificates();
        List<Revoked> revoked = entries == null ? List.of() : entries.stream()
                .map(e -> new Revoked(e.getSerialNumber().toString(16), e.getRevocationDate().toInstant().toString()))
                .sorted(Comparator.comparing(Revoked::revokedAt).reversed())
                .toList();
        model.addAttribute("revoked", revoked);
        return "signature/pki-admin";
    }

    @PostMapping("/admin/pki/revoke")
    String revoke(@RequestParam String serialNumber) {
        BigInteger serial;
        try {
            serial = new BigInteger(serialNumber.strip().replace(":", "").replace(" ", ""), 16);
        } catch (NumberFormatException e) {
            throw new SigningRefusal(SigningRefusal.Kind.BAD_INPUT, "signature.admin.bad-serial");
        }
        if (serial.signum() <= 0) {
            throw new SigningRefusal(SigningRefusal.Kind.BAD_INPUT, "signature.admin.bad-serial");
        }
        ca().revoke(serial);
        auditLog.record("signature.certificate-revoked", "Certificate", serial.toString(16), "revoked by the demonstration CA");
        return "redirect:/admin/pki?revoked";
    }

    private DemoCertificateAuthority ca() {
        DemoCertificateAuthority ca = demoCa.getIfAvailable();
        if (ca == null) {
            throw new SigningRefusal(SigningRefusal.Kind.NOT_FOUND, "error.not-found");
        }
        return ca;
    }

    record Revoked(String serialNumber, String revokedAt) {
    }
}
