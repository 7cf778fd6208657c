package kz.attest.signature;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Whether each certificate of a path below its root is neither revoked nor of unknown status (OCSP, then CRLs). */
final class RevocationCheck {

    private static final java.time.Duration SKEW = java.time.Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(RevocationCheck.class);

    private final List<CrlSource> crlSources;
    private final Clock clock;
    private final OcspClient ocsp;
    private final boolean revocationSoftFail;

    RevocationCheck(List<CrlSource> crlSources, Clock clock, OcspClient ocsp, boolean revocationSoftFail) {
        this.crlSources = List.copyOf(crlSources);
        this.clock = clock;
        this.ocsp = ocsp;
        this.revocationSoftFail = revocationSoftFail;
    }

    /**
     * Every certificate below the root must be neither revoked nor of unknown status. Where the certificate names an
     * OCSP responder, its current answer decides (good or revoked); otherwise a CRL of the issuer, signed by it and
     * current (its nextUpdate not passed), decides. A stale CRL still proves a revocation it lists, but never that a
     * certificate is good: a replayed old CRL cannot hide a revocation. Without any fresh answer the status is unknown
     * and the signature refused — unless {@code attest.signature.revocation-soft-fail} declares an offline node.
     * Without a trusted timestamp the claimed signing time cannot be relied on, so a certificate revoked at any time is
     * refused.
     */
    SignatureRefusal check(List<X509Certificate> path) {
        Instant now = Instant.now(clock);
        for (int i = 0; i < path.size() - 1; i++) {
            X509Certificate certificate = path.get(i);
            X509Certificate issuer = path.get(i + 1);
            if (ocsp != null && !OcspClient.responders(certificate).isEmpty()) {
                OcspClient.Outcome outcome = ocsp.check(certificate, issuer);
                if (outcome == OcspClient.Outcome.REVOKED) {
                    return SignatureRefusal.REVOKED;
                }
                if (outcome == OcspClient.Outcome.GOOD) {
                    continue;
                }
            }
            boolean fresh = false;
            for (CrlSource source : crlSources) {
                Optional<X509CRL> crl = source.crlFor(certificate, issuer);
                if (crl.isEmpty()) {
                    continue;
                }
                try {
                    crl.get().verify(issuer.getPublicKey());
                } catch (GeneralSecurityException | RuntimeException e) {
                    continue;
                }
                if (crl.get().isRevoked(certificate)) {
                    return SignatureRefusal.REVOKED;
                }
                if (current(crl.get(), now)) {
                    fresh = true;
                    break;
                }
            }
            if (!fresh) {
                if (!revocationSoftFail) {
                    return SignatureRefusal.REVOCATION_UNKNOWN;
                }
                log.warn("No current revocation information for certificate {} of {}: accepted (revocation soft-fail)",
                        certificate.getSerialNumber().toString(16), certificate.getIssuerX500Principal().getName());
            }
        }
        return null;
    }

    /** Issued (allowing for clock skew) and not past its next update; a CRL without a next update is never current. */
    static boolean current(X509CRL crl, Instant now) {
        return crl.getNextUpdate() != null && !crl.getThisUpdate().toInstant().isAfter(now.plus(SKEW))
                && crl.getNextUpdate().toInstant().isAfter(now);
    }
}
