package kz.attest.signature;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The demonstration time-stamp authority (clearly named DEMO): BouncyCastle's TSP generator with a self-signed
 * time-stamping certificate kept in the data directory ({@code demo-tsa/demo-tsa.p12}). Its certificate is trusted
 * only while it is configured ({@code attest.signature.pades.tsa.mode=demo}); never for production.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class DemoTimeStampAuthority implements TimeStampAuthority {

    /** A policy OID under the demonstration arc; RFC 3161 requires one. */
    static final String POLICY = "1.2.398.3.3.4.99.1";
    private static final String ALIAS = "tsa";
    private static final Map<String, ASN1ObjectIdentifier> DIGESTS = Map.of("SHA-256", TSPAlgorithms.SHA256,
            "SHA-384", TSPAlgorithms.SHA384, "SHA-512", TSPAlgorithms.SHA512);

    private final PrivateKey key;
    private final X509Certificate certificate;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    static synchronized DemoTimeStampAuthority openOrCreate(Path directory, char[] password, Clock clock) {
        Path file = directory.resolve("demo-tsa.p12");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password);
                }
                return new DemoTimeStampAuthority((PrivateKey) store.getKey(ALIAS, password),
                        (X509Certificate) store.getCertificate(ALIAS), clock);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            X500Name name = new X500Name("CN=ATTEST KZ DEMO TSA (NOT FOR PRODUCTION), O=Attest KZ demonstration, C=KZ");
            var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.getEpochSecond()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365 * 10))), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            builder.addExtension(Extension.subjectKeyIdentifier, false, new JcaX509ExtensionUtils().createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            store.load(null, null);
            store.setKeyEntry(ALIAS, pair.getPrivate(), password, new X509Certificate[]{certificate});
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "tsa", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new DemoTimeStampAuthority(pair.getPrivate(), certificate, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("The demonstration TSA in " + directory + " could not be read or kept", e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("The demonstration TSA could not be opened", e);
        }
    }

    @Override
    public byte[] timeStamp(String digestAlgorithm, byte[] digest) {
        ASN1ObjectIdentifier algorithm = DIGESTS.get(digestAlgorithm);
        if (algorithm == null) {
            throw new IllegalArgumentException("Unsupported digest algorithm " + digestAlgorithm);
        }
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        TimeStampRequest request = requests.generate(algorithm, digest, new BigInteger(64, random));
        try {
            TimeStampResponse response = response(request);
            response.validate(request);
            return response.getTimeStampToken().getEncoded();
        } catch (TSPException | IOException e) {
            throw new IllegalStateException("The demonstration TSA could not time-stamp", e);
        }
    }

    /** Answers a DER-encoded RFC 3161 request with a DER-encoded response, as a TSA's HTTP endpoint does. */
    byte[] respond(byte[] requestDer) {
        try {
            return response(new TimeStampRequest(requestDer)).getEncoded();
        } catch (TSPException | IOException e) {
            throw new IllegalArgumentException("Not an RFC 3161 request", e);
        }
    }

    private TimeStampResponse response(TimeStampRequest request) throws TSPException {
        try {
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                    .build("SHA256withRSA", key, certificate),
                    new JcaDigestCalculatorProviderBuilder().build().get(
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)),
                    new ASN1ObjectIdentifier(POLICY));
            tokens.addCertificates(new JcaCertStore(List.of(certificate)));
            return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                    .generate(request, new BigInteger(96, random), Date.from(clock.instant()));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("The demonstration TSA could not time-stamp", e);
        }
    }

    @Override
    public List<X509Certificate> trustAnchors() {
        return List.of(certificate);
    }
}
