package kz.attest.signature;

import kz.attest.identity.TestIins;
import kz.attest.testing.Applicants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signature module booted alone with the audit log: the {@link SignatureVerifier} bean trusts the demonstration CA
 * it is wired with and reads that CA's revocations, so a CMS signature of the applicant's demo key verifies, while a
 * changed document, another person's IIN or a revoked certificate is refused (seed 003 appendix 1: the portal checks
 * the signature's validity, revocation and IIN).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class SignatureModuleTests {

    @Autowired
    private DemoCertificateAuthority ca;
    @Autowired
    private SignatureVerifier verifier;

    private static byte[] sign(DemoCertificateAuthority.IssuedCredential key, byte[] data) throws Exception {
        return Base64.getDecoder().decode(Applicants.sign(key, data));
    }

    @Test
    void theApplicantsSignatureVerifiesAndAChangedDocumentOrAnotherIinIsRefused_003_1() throws Exception {
        String iin = TestIins.fresh();
        var key = ca.issue(CertificateSubject.individual(iin, "Сериков", "Асан", "Болатұлы"), KeyPurpose.SIGNING);
        byte[] document = ("{\"service\":\"ADVOCATE_ATTESTATION\",\"iin\":\"" + iin + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] cms = sign(key, document);

        SignatureCheck check = verifier.verify(SignatureRequest.detached(cms, document, iin));
        assertThat(check.valid()).isTrue();
        assertThat(check.signer().iin()).isEqualTo(iin);
        assertThat(check.signer().commonName()).isEqualTo("СЕРИКОВ АСАН");

        byte[] changed = document.clone();
        changed[3] ^= 1;
        assertThat(verifier.verify(SignatureRequest.detached(cms, changed, iin)).refusal())
                .isEqualTo(SignatureRefusal.INTEGRITY);
        assertThat(verifier.verify(SignatureRequest.detached(cms, document, TestIins.fresh())).refusal())
                .isEqualTo(SignatureRefusal.IIN_MISMATCH);
    }

    @Test
    void aCertificateRevokedAtTheDemonstrationCaIsRefused_003_1() throws Exception {
        String iin = TestIins.fresh();
        var key = ca.issue(CertificateSubject.individual(iin, "Сериков", "Асан", null), KeyPurpose.SIGNING);
        byte[] document = "revoked before use".getBytes(StandardCharsets.UTF_8);
        byte[] cms = sign(key, document);
        ca.revoke(key.certificate());

        assertThat(verifier.verify(SignatureRequest.detached(cms, document, iin)).refusal())
                .isEqualTo(SignatureRefusal.REVOKED);
    }
}
