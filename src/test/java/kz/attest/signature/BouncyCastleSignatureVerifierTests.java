package kz.attest.signature;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before accepting a signature the system checks integrity, the chain to a trusted CA, validity at signing time,
 * revocation, key usage and that the IIN in the certificate equals the applicant's (lifecycle.md "Submission" 4;
 * seed 003 processes 6–7; documents.md "Signatures").
 */
class BouncyCastleSignatureVerifierTests {

    private static final String IIN = "900101300017";
    private static final byte[] DOCUMENT = "{\"service\":\"ADVOCATE_ATTESTATION\",\"iin\":\"900101300017\"}"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path directory;
    static DemoCertificateAuthority ca;
    static SignatureVerifier verifier;
    static DemoCertificateAuthority.IssuedCredential applicant;

    @BeforeAll
    static void setUp() {
        ca = DemoCertificateAuthority.openOrCreate(directory.resolve("ca"), Clock.systemUTC(), "pw".toCharArray(), null);
        verifier = verifierTrusting(ca);
        applicant = ca.issue(CertificateSubject.individual(IIN, "Сериков", "Асан", "Болатұлы"), KeyPurpose.SIGNING);
    }

    static SignatureVerifier verifierTrusting(DemoCertificateAuthority authority) {
        return new BouncyCastleSignatureVerifier(
                new TrustedCertificates(List.of(authority.rootCertificate()), List.of(authority.issuingCertificate())),
                List.of((certificate, issuer) -> authority.crlIssuedBy(issuer)), Clock.systemUTC());
    }

    @Test
    void aDetachedSignatureOfTheApplicantIsAccepted() throws Exception {
        byte[] cms = sign(applicant, DOCUMENT, false, "SHA256withRSA");

        SignatureCheck check = verifier.verify(SignatureRequest.detached(cms, DOCUMENT, IIN));

        assertThat(check.valid()).isTrue();
        assertThat(check.signer().iin()).isEqualTo(IIN);
        assertThat(check.signer().surname()).isEqualTo("СЕРИКОВ");
        assertThat(check.signer().commonName()).isEqualTo("СЕРИКОВ АСАН");
        assertThat(check.signedContent()).isEqualTo(DOCUMENT);
    }

    @Test
    void anAttachedPemArmouredSignatureAsNcaLayerReturnsItIsAccepted() throws Exception {
        byte[] cms = sign(applicant, DOCUMENT, true, "SHA256withRSA");
        String armoured = "-----BEGIN CMS-----\n" + Base64.getMimeEncoder().encodeToString(cms) + "\n-----END CMS-----\n";

        SignatureCheck check = verifier.verify(SignatureRequest.attached(armoured.getBytes(StandardCharsets.US_ASCII), IIN));

        assertThat(check.valid()).isTrue();
        assertThat(check.signedContent()).isEqualTo(DOCUMENT);
    }

    @Test
    void aChangedDocumentFailsIntegrity() throws Exception {
        byte[] cms = sign(applicant, DOCUMENT, false, "SHA256withRSA");
        byte[] changed = DOCUMENT.clone();
        changed[5] ^= 1;

        assertThat(verifier.verify(SignatureRequest.detached(cms, changed, IIN)).refusal())
                .isEqualTo(SignatureRefusal.INTEGRITY);
    }

    @Test
    void aCertificateOfAnotherPersonIsRefused_003_1() throws Exception {
        byte[] cms = sign(applicant, DOCUMENT, false, "SHA256withRSA");

        assertThat(verifier.verify(SignatureRequest.detached(cms, DOCUMENT, "851231400120")).refusal())
                .isEqualTo(SignatureRefusal.IIN_MISMATCH);
    }

    @Test
    void anExpiredCertificateIsRefused() throws Exception {
        Instant now = Instant.now();
        var expired = ca.issue(CertificateSubject.individual(IIN, "Сериков", "Асан", null), KeyPurpose.SIGNING,
                now.minus(400, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS));

        assertThat(verifier.verify(SignatureRequest.detached(sign(expired, DOCUMENT, false, "SHA256withRSA"), DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.EXPIRED);
    }

    @Test
    void aRevokedCertificateIsRefused() throws Exception {
        var revoked = ca.issue(CertificateSubject.individual(IIN, "Сериков", "Асан", null), KeyPurpose.SIGNING);
        byte[] cms = sign(revoked, DOCUMENT, false, "SHA256withRSA");
        assertThat(verifier.verify(SignatureRequest.detached(cms, DOCUMENT, IIN)).valid()).isTrue();

        ca.revoke(revoked.certificate());

        assertThat(verifier.verify(SignatureRequest.detached(cms, DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.REVOKED);
    }

    @Test
    void aCertificateFromAnUntrustedCaIsRefused() throws Exception {
        DemoCertificateAuthority stranger = DemoCertificateAuthority.openOrCreate(directory.resolve("stranger"),
                Clock.systemUTC(), "pw".toCharArray(), null);
        var foreign = stranger.issue(CertificateSubject.individual(IIN, "Сериков", "Асан", null), KeyPurpose.SIGNING);

        assertThat(verifier.verify(SignatureRequest.detached(sign(foreign, DOCUMENT, false, "SHA256withRSA"), DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.UNTRUSTED_CHAIN);
    }

    @Test
    void anAuthenticationKeyCannotSign() throws Exception {
        var authentication = ca.issue(CertificateSubject.individual(IIN, "Сериков", "Асан", null), KeyPurpose.AUTHENTICATION);

        assertThat(verifier.verify(SignatureRequest.detached(sign(authentication, DOCUMENT, false, "SHA256withRSA"), DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.KEY_USAGE);
    }

    @Test
    void aSigningKeyCannotSignIn() throws Exception {
        byte[] cms = sign(applicant, "challenge".getBytes(StandardCharsets.UTF_8), true, "SHA256withRSA");
        assertThat(verifier.verify(SignatureRequest.authentication(cms)).refusal()).isEqualTo(SignatureRefusal.KEY_USAGE);
    }

    @Test
    void aWeakDigestIsAnUnsupportedAlgorithm() throws Exception {
        assertThat(verifier.verify(SignatureRequest.detached(sign(applicant, DOCUMENT, false, "SHA1withRSA"), DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.UNSUPPORTED_ALGORITHM);
    }

    @Test
    void garbageIsMalformed() {
        assertThat(verifier.verify(SignatureRequest.detached("not a signature".getBytes(StandardCharsets.UTF_8), DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.MALFORMED);
        assertThat(verifier.verify(SignatureRequest.detached(new byte[0], DOCUMENT, IIN)).refusal())
                .isEqualTo(SignatureRefusal.MALFORMED);
    }

    @Test
    void theCaSurvivesARestartWithItsRevocations() {
        var revoked = ca.issue(CertificateSubject.individual(IIN, "Сериков", "Асан", null), KeyPurpose.SIGNING);
        ca.revoke(revoked.certificate());

        DemoCertificateAuthority reopened = DemoCertificateAuthority.openOrCreate(directory.resolve("ca"), Clock.systemUTC(),
                "pw".toCharArray(), null);

        assertThat(reopened.rootCertificate()).isEqualTo(ca.rootCertificate());
        assertThat(reopened.crl().isRevoked(revoked.certificate())).isTrue();
    }

    @Test
    void certificatesAreShapedLikeNcaRk() throws Exception {
        var certificate = applicant.certificate();
        SignerCertificate described = SubjectNames.describe(certificate, Instant.now());
        assertThat(described.subject()).contains("SERIALNUMBER=IIN" + IIN).contains("C=KZ").contains("GIVENNAME=БОЛАТҰЛЫ");
        assertThat(described.patronymic()).isEqualTo("БОЛАТҰЛЫ");
        assertThat(certificate.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.4");
        assertThat(new String(certificate.getExtensionValue("2.5.29.32"), StandardCharsets.ISO_8859_1))
                .isNotEmpty();
        assertThat(ca.rootCertificate().getSubjectX500Principal().getName()).contains("DEMO");
    }

    static byte[] sign(DemoCertificateAuthority.IssuedCredential credential, byte[] data, boolean attach, String algorithm)
            throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder(algorithm).build(credential.privateKey()), credential.certificate()));
        generator.addCertificates(new JcaCertStore(credential.chain().subList(0, 2)));
        return generator.generate(new CMSProcessableByteArray(data), attach).getEncoded();
    }
}
