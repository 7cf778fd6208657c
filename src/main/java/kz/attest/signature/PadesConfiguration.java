package kz.attest.signature;

import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.policy.ValidationPolicyFacade;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonCertificateSource;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import kz.attest.AttestProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;

/** Wires the PAdES signing service, the organisations' document keys and the time-stamp authority chosen by configuration. */
@Configuration(proxyBeanMethods = false)
class PadesConfiguration {

    @Bean
    @ConditionalOnProperty(name = "attest.signature.pades.tsa.mode", havingValue = "demo")
    TimeStampAuthority demoTimeStampAuthority(AttestProperties attest, PadesProperties pades, Clock clock) {
        return DemoTimeStampAuthority.openOrCreate(attest.dataDir().resolve("demo-tsa"), pades.keyPassword().toCharArray(), clock);
    }

    @Bean
    @ConditionalOnProperty(name = "attest.signature.pades.tsa.mode", havingValue = "http")
    TimeStampAuthority httpTimeStampAuthority(PadesProperties pades) {
        if (pades.tsa().url() == null || pades.tsa().url().isBlank()) {
            throw new IllegalStateException("attest.signature.pades.tsa.url is required when attest.signature.pades.tsa.mode=http");
        }
        return new HttpTimeStampAuthority(pades.tsa().url().strip(), pades.tsa().timeout());
    }

    @Bean
    PdfSignatures pdfSignatures(AttestProperties attest, SignatureProperties signature, PadesProperties pades,
                                ObjectProvider<DemoCertificateAuthority> demoCa, ObjectProvider<TimeStampAuthority> tsa,
                                SignatureVerifier verifier, Clock clock) {
        return create(attest.dataDir(), SignatureConfiguration.load(signature.trustedCertificates()), pades,
                demoCa.getIfAvailable(), tsa.getIfAvailable(), verifier, clock);
    }

    /**
     * The signing service: trust anchors are the configured self-signed certificates, the demonstration CA's root
     * when it is on and the demonstration TSA's certificate when it is used; configured intermediates help build chains.
     */
    static PdfSignatures create(Path dataDir, List<X509Certificate> configured, PadesProperties pades,
                                DemoCertificateAuthority ca, TimeStampAuthority authority, SignatureVerifier verifier,
                                Clock clock) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        CommonCertificateSource adjunct = new CommonCertificateSource();
        for (X509Certificate certificate : configured) {
            if (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                trusted.addCertificate(new CertificateToken(certificate));
            } else {
                adjunct.addCertificate(new CertificateToken(certificate));
            }
        }
        if (ca != null) {
            trusted.addCertificate(new CertificateToken(ca.rootCertificate()));
            adjunct.addCertificate(new CertificateToken(ca.issuingCertificate()));
        }
        if (authority != null) {
            authority.trustAnchors().forEach(c -> trusted.addCertificate(new CertificateToken(c)));
        }
        boolean online = pades.onlineRevocation();
        DocumentSigningKeys keys = new DocumentSigningKeys(dataDir.resolve("document-keys"),
                pades.keyPassword().toCharArray(), pades.organisationKeys(), ca, clock);
        ValidationPolicy policy;
        try {
            policy = ValidationPolicyFacade.newFacade().getDefaultValidationPolicy();
        } catch (Exception e) {
            throw new IllegalStateException("DSS's default validation policy cannot be read", e);
        }
        return new DssPdfSignatures(keys, () -> {
            CommonCertificateVerifier certificateVerifier = new CommonCertificateVerifier();
            certificateVerifier.setTrustedCertSources(trusted);
            certificateVerifier.setAdjunctCertSources(adjunct);
            certificateVerifier.setCrlSource(new DemoCaCrlSource(ca, online ? new OnlineCRLSource() : null));
            if (online) {
                certificateVerifier.setOcspSource(new OnlineOCSPSource());
            }
            return certificateVerifier;
        }, authority, verifier, policy, clock);
    }
}
