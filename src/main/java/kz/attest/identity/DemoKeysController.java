package kz.attest.identity;

import kz.attest.AttestProperties;
import kz.attest.audit.AuditLog;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.web.Downloads;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * In the demonstration only: an applicant downloads EDS keys issued by the demonstration CA for their IIN, to load
 * into the development signer ({@code java -jar attest-kz.jar signer --p12 FILE}). Password: {@value #PASSWORD}.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoKeysController {

    private static final MediaType PKCS12 = MediaType.parseMediaType("application/x-pkcs12");

    static final String PASSWORD = "attest-demo";

    private final CurrentUser currentUser;
    private final ObjectProvider<DemoCertificateAuthority> demoCa;
    private final AttestProperties properties;
    private final AuditLog auditLog;
    private final StaffDirectory staff;
    private final Organisations organisations;

    @GetMapping("/cabinet/demo-keys.p12")
    @PreAuthorize("hasRole('APPLICANT')")
    ResponseEntity<byte[]> download() {
        DemoCertificateAuthority ca = demoCa.getIfAvailable();
        SignedInUser user = currentUser.require();
        if (ca == null || !properties.loadDemoData() || user.iin() == null) {
            throw new IdentityRefusal(IdentityRefusal.Kind.NOT_FOUND, "error.not-found");
        }
        String[] names = user.fullName().split(" ");
        CertificateSubject subject = CertificateSubject.individual(user.iin(), names[0],
                names.length > 1 ? names[1] : names[0], names.length > 2 ? names[2] : null);
        byte[] keyStore = ca.demoKeyStore(subject, PASSWORD.toCharArray());
        auditLog.record("signature.demo-keys-issued", "Account", Long.toString(user.accountId()), "signing and authentication keys");
        return Downloads.attachment(PKCS12, "attest-demo-" + user.iin() + ".p12").body(keyStore);
    }

    /**
     * In the demonstration only: a staff member with a signing IIN on record (a head who signs decisions) downloads
     * keys whose certificates carry their organisation (NCA RK's employee layout: {@code O=…}).
     */
    @GetMapping("/staff/demo-keys.p12")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> downloadStaff() {
        DemoCertificateAuthority ca = demoCa.getIfAvailable();
        SignedInUser user = currentUser.require();
        String iin = user.isStaff() ? staff.signingIin(user.accountId()).orElse(null) : null;
        if (ca == null || !properties.loadDemoData() || iin == null) {
            throw new IdentityRefusal(IdentityRefusal.Kind.NOT_FOUND, "error.not-found");
        }
        String[] names = user.fullName().split(" ");
        String organisation = user.organisation().flatMap(organisations::find)
                .map(o -> o.nameRu()).orElse(user.organisationId());
        CertificateSubject subject = new CertificateSubject(iin, names[0], names.length > 1 ? names[1] : names[0],
                names.length > 2 ? names[2] : null, organisation, null);
        byte[] keyStore = ca.demoKeyStore(subject, PASSWORD.toCharArray());
        auditLog.record("signature.demo-keys-issued", "Account", Long.toString(user.accountId()),
                "staff signing and authentication keys, organisation " + user.organisationId());
        return Downloads.attachment(PKCS12, "attest-demo-" + user.login() + ".p12").body(keyStore);
    }
}
