package kz.attest.signature;

import kz.attest.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's demonstration keys are issued on the first download and handed out again (a person keeps the keys the
 * NCA issued them), and issued anew once a certificate is revoked or near its end.
 */
class DemoKeyRingTests {

    private static final char[] PASSWORD = "attest-demo".toCharArray();
    private static final CertificateSubject SUBJECT = CertificateSubject.individual("900101300123", "Сериков", "Асан", null);

    @TempDir
    Path directory;

    @Test
    void theSecondDownloadHandsOutTheSameKeys() throws Exception {
        DemoCertificateAuthority ca = DemoCertificateAuthority.openOrCreate(directory, new MovableClock(Instant.now()),
                PASSWORD, null);

        List<BigInteger> first = serials(ca.demoKeyStore(SUBJECT, PASSWORD));

        assertThat(serials(ca.demoKeyStore(SUBJECT, PASSWORD))).isEqualTo(first);
        assertThat(serials(ca.demoKeyStore(CertificateSubject.individual("900101300123", "Серикова", "Асан", null),
                PASSWORD))).as("another subject's keys").doesNotContainAnyElementsOf(first);
    }

    @Test
    void aRevokedKeyIsReplacedOnTheNextDownload() throws Exception {
        DemoCertificateAuthority ca = DemoCertificateAuthority.openOrCreate(directory, new MovableClock(Instant.now()),
                PASSWORD, null);
        List<BigInteger> first = serials(ca.demoKeyStore(SUBJECT, PASSWORD));

        ca.revoke(first.getFirst());

        assertThat(serials(ca.demoKeyStore(SUBJECT, PASSWORD))).doesNotContainAnyElementsOf(first);
    }

    @Test
    void keysNearTheirEndAreReplacedOnTheNextDownload() throws Exception {
        MovableClock clock = new MovableClock(Instant.now());
        DemoCertificateAuthority ca = DemoCertificateAuthority.openOrCreate(directory, clock, PASSWORD, null);
        List<BigInteger> first = serials(ca.demoKeyStore(SUBJECT, PASSWORD));

        clock.advance(Duration.ofDays(365).minus(DemoKeyRing.RENEW_BEFORE).plusDays(1));

        assertThat(serials(ca.demoKeyStore(SUBJECT, PASSWORD))).doesNotContainAnyElementsOf(first);
    }

    /** The serial numbers of the signing and the authentication certificate in the PKCS#12 store. */
    private static List<BigInteger> serials(byte[] p12) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(p12), PASSWORD);
        return List.of(((X509Certificate) store.getCertificate("sign")).getSerialNumber(),
                ((X509Certificate) store.getCertificate("auth")).getSerialNumber());
    }
}
