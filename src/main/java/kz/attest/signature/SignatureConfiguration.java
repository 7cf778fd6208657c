package kz.attest.signature;

import kz.attest.AttestProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Wires the verifier chosen by {@code attest.signature.verifier} and the demonstration CA. */
@Configuration(proxyBeanMethods = false)
class SignatureConfiguration {

    @Bean
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "attest.signature.demo-ca.enabled",
            havingValue = "true", matchIfMissing = true)
    DemoCertificateAuthority demoCertificateAuthority(AttestProperties attest, SignatureProperties properties, Clock clock) {
        return DemoCertificateAuthority.openOrCreate(attest.dataDir().resolve("demo-ca"), clock,
                properties.demoCa().password().toCharArray(), null, properties.demoCa().ocspUrl());
    }

    @Bean
    SignatureVerifier signatureVerifier(SignatureProperties properties, ObjectProvider<DemoCertificateAuthority> demoCa,
                                        Clock clock) {
        if ("ncanode".equalsIgnoreCase(properties.verifier())) {
            return new NcaNodeSignatureVerifier(RestClient.builder().baseUrl(properties.ncanodeUrl()).build());
        }
        TrustedCertificates trust = TrustedCertificates.of(load(properties.trustedCertificates()));
        List<CrlSource> crls = new ArrayList<>();
        DemoCertificateAuthority ca = demoCa.getIfAvailable();
        if (ca != null) {
            trust = trust.plus(new TrustedCertificates(List.of(ca.rootCertificate()), List.of(ca.issuingCertificate())));
            crls.add((certificate, issuer) -> ca.crlIssuedBy(issuer, certificate));
        }
        crls.add(new DistributionPointCrlSource(RestClient.create(), clock));
        if (properties.revocationSoftFail()) {
            org.slf4j.LoggerFactory.getLogger(SignatureConfiguration.class).warn(
                    "attest.signature.revocation-soft-fail is on: signatures are accepted when no current revocation "
                            + "information can be had. Only for a node declared offline.");
        }
        return new BouncyCastleSignatureVerifier(trust, crls, clock, new OcspClient(java.time.Duration.ofSeconds(5), clock),
                properties.revocationSoftFail());
    }

    /** The certificates in the files (PEM or DER, one or many each); a file that is not one stops the start. */
    static List<X509Certificate> load(List<Path> files) {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                CertificateFactory.getInstance("X.509").generateCertificates(in)
                        .forEach(c -> certificates.add((X509Certificate) c));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read trusted certificate file " + file, e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Not a certificate file: " + file, e);
            }
        }
        return certificates;
    }
}
