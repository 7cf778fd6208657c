package kz.attest.signature;

import kz.attest.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CRL issued before a certificate existed says nothing about it (RFC 5280 s. 5.1.2.4; DSS refuses it as
 * INDETERMINATE/CERTIFICATE_CHAIN_GENERAL_FAILURE): the demonstration CA publishes a CRL that covers each certificate,
 * however long after its last CRL the certificate is issued (on a busy machine the organisation's key is issued more
 * than a minute after the CA starts).
 */
class CrlCoversNewCertificatesTests {

    @TempDir
    Path directory;

    @Test
    void anOrganisationKeyIssuedLongAfterTheCrlIsTotalPassed() throws Exception {
        MovableClock clock = new MovableClock(Instant.now().minus(Duration.ofMinutes(10)));
        DemoCertificateAuthority ca = DemoCertificateAuthority.openOrCreate(directory.resolve("demo-ca"), clock,
                "pw".toCharArray(), null);
        clock.followSystem(); // the system's time from here on: the CRL is ten minutes old when the key is issued
        PdfSignatures signatures = PadesConfiguration.create(directory, List.of(), PdfSignaturesTests.properties(), ca, null,
                BouncyCastleSignatureVerifierTests.verifierTrusting(ca), Clock.systemUTC());

        PdfVerification verification = signatures.verify(
                signatures.signWithOrganisationKey(PdfSignaturesTests.pdf("Decision No. 8"), "justice-astana", null));

        assertThat(verification.status()).isEqualTo(PdfVerification.Status.VALID);
        assertThat(verification.indication()).isEqualTo("TOTAL_PASSED");
        assertThat(ca.crl().getThisUpdate()).isAfterOrEqualTo(ca.issue(
                CertificateSubject.individual(kz.attest.identity.TestIins.fresh(), "A", "B", null), KeyPurpose.SIGNING)
                .certificate().getNotBefore());
    }

    @Test
    void aKeptKeyNewerThanTheCrlThisProcessHoldsIsTotalPassed() throws Exception {
        MovableClock clock = new MovableClock(Instant.now().minus(Duration.ofMinutes(10)));
        DemoCertificateAuthority stale = DemoCertificateAuthority.openOrCreate(directory.resolve("demo-ca"), clock,
                "pw".toCharArray(), null);
        // another process (or an earlier version) on the same data directory issues and keeps the organisation's key
        DemoCertificateAuthority other = DemoCertificateAuthority.openOrCreate(directory.resolve("demo-ca"), Clock.systemUTC(),
                "pw".toCharArray(), null);
        PadesConfiguration.create(directory, List.of(), PdfSignaturesTests.properties(), other, null,
                BouncyCastleSignatureVerifierTests.verifierTrusting(other), Clock.systemUTC())
                .signWithOrganisationKey(PdfSignaturesTests.pdf("warm-up"), "justice-astana", null);
        clock.followSystem();
        PdfSignatures signatures = PadesConfiguration.create(directory, List.of(), PdfSignaturesTests.properties(), stale,
                null, BouncyCastleSignatureVerifierTests.verifierTrusting(stale), Clock.systemUTC());

        PdfVerification verification = signatures.verify(
                signatures.signWithOrganisationKey(PdfSignaturesTests.pdf("Decision No. 9"), "justice-astana", null));

        assertThat(verification.status()).isEqualTo(PdfVerification.Status.VALID);
        assertThat(verification.indication()).isEqualTo("TOTAL_PASSED");
    }
}
