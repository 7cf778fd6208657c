package kz.attest.decision;

import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import kz.attest.signature.SignedFiles;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static kz.attest.web.Refusal.Kind.WRONG_STATE;

/**
 * Signs the results file of a provider as CMS SignedData (SHA256withRSA, content attached, chain included), the same
 * format as the admitted list's export so that the air-gapped node verifies both alike. The key is issued by the
 * demonstration CA per organisation and kept in memory while valid (a restart issues a new one under the same root).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResultsSigner {

    private final ObjectProvider<DemoCertificateAuthority> demoCa;
    private final Clock clock;
    private final Map<String, DemoCertificateAuthority.IssuedCredential> keys = new ConcurrentHashMap<>();

    /** Signs with the key of the signing organisation (the provider's own, or the operator's on an air-gapped node). */
    byte[] sign(String organisationId, byte[] content) {
        DemoCertificateAuthority.IssuedCredential key = keys.compute(organisationId, (provider, existing) ->
                existing != null && existing.certificate().getNotAfter().toInstant().isAfter(clock.instant())
                        ? existing : issue(provider));
        return SignedFiles.sign(key, content);
    }

    private DemoCertificateAuthority.IssuedCredential issue(String providerId) {
        DemoCertificateAuthority ca = demoCa.getIfAvailable();
        if (ca == null) {
            throw new DecisionRefusal(WRONG_STATE, "decision.results.no-key");
        }
        return ca.issue(new CertificateSubject("000000000000", "RESULTS", providerId.toUpperCase(Locale.ROOT), null,
                providerId, null), KeyPurpose.SIGNING);
    }
}
