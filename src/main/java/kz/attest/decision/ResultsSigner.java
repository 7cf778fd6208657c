package kz.attest.decision;

import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import kz.attest.web.LocalizedException;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs the results file of a provider as CMS SignedData (SHA256withRSA, content attached, chain included), the same
 * format as the admitted list's export so that the air-gapped node verifies both alike. The key is issued by the
 * demonstration CA per organisation and kept in memory while valid (a restart issues a new one under the same root).
 */
@Component
class ResultsSigner {

    private final ObjectProvider<DemoCertificateAuthority> demoCa;
    private final Clock clock;
    private final Map<String, DemoCertificateAuthority.IssuedCredential> keys = new ConcurrentHashMap<>();

    ResultsSigner(ObjectProvider<DemoCertificateAuthority> demoCa, Clock clock) {
        this.demoCa = demoCa;
        this.clock = clock;
    }

    byte[] sign(String providerId, byte[] content) {
        DemoCertificateAuthority.IssuedCredential key = keys.compute(providerId, (provider, existing) ->
                existing != null && existing.certificate().getNotAfter().toInstant().isAfter(clock.instant())
                        ? existing : issue(provider));
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content), true).getEncoded();
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The results file could not be signed", e);
        }
    }

    private DemoCertificateAuthority.IssuedCredential issue(String providerId) {
        DemoCertificateAuthority ca = demoCa.getIfAvailable();
        if (ca == null) {
            throw LocalizedException.conflict("decision.results.no-key");
        }
        return ca.issue(new CertificateSubject("000000000000", "RESULTS", providerId.toUpperCase(Locale.ROOT), null,
                providerId, null), KeyPurpose.SIGNING);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
