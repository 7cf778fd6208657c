package kz.attest.signature;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The demonstration keys a person downloads ({@code /cabinet/demo-keys.p12}, {@code /staff/demo-keys.p12}): the
 * signing and the authentication key of a subject are issued once and handed out again on the next download, as a
 * person keeps the keys the NCA issued them. Keys are issued anew when either certificate was revoked, is not yet
 * valid or has less than {@link #RENEW_BEFORE} left. Two RSA-2048 key pairs per download were the slowest request of
 * the role matrix and the hostile corpus (docs/testing.md). Kept in memory: a restart issues new keys, as before.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DemoKeyRing {

    static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private final Map<CertificateSubject, Keys> kept = new ConcurrentHashMap<>();
    private final Clock clock;

    private record Keys(DemoCertificateAuthority.IssuedCredential signing,
                        DemoCertificateAuthority.IssuedCredential authentication) {
    }

    /**
     * The subject's keys as a PKCS#12 store under {@code password}: the kept ones while usable, else new ones from
     * {@code issue}; {@code crl} is the issuing CA's current revocation list.
     */
    byte[] keyStore(CertificateSubject subject, char[] password,
                    BiFunction<CertificateSubject, KeyPurpose, DemoCertificateAuthority.IssuedCredential> issue,
                    Supplier<java.security.cert.X509CRL> crl) {
        Keys keys = kept.compute(subject, (s, held) -> held != null && usable(held.signing(), crl)
                && usable(held.authentication(), crl) ? held
                : new Keys(issue.apply(s, KeyPurpose.SIGNING), issue.apply(s, KeyPurpose.AUTHENTICATION)));
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry("sign", keys.signing().privateKey(), password,
                    keys.signing().chain().toArray(new X509Certificate[0]));
            keyStore.setKeyEntry("auth", keys.authentication().privateKey(), password,
                    keys.authentication().chain().toArray(new X509Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            keyStore.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Could not write the demo key store", e);
        }
    }

    private boolean usable(DemoCertificateAuthority.IssuedCredential credential,
                           Supplier<java.security.cert.X509CRL> crl) {
        Instant now = Instant.now(clock);
        X509Certificate certificate = credential.certificate();
        return crl.get().getRevokedCertificate(certificate.getSerialNumber()) == null
                && !certificate.getNotBefore().toInstant().isAfter(now)
                && certificate.getNotAfter().toInstant().isAfter(now.plus(RENEW_BEFORE));
    }
}
