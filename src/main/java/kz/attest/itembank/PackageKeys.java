package kz.attest.itembank;

import kz.attest.AttestProperties;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import kz.attest.web.Refusal.Kind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The key material of sealed packages: the Ministry's signing key, the operator's decryption key and certificate,
 * and the operator's trust (roots, intermediates, pinned Ministry signers). Files are configured; on a demonstration
 * install the demo CA issues both keys once into {@code <data-dir>/packages/} and writes their certificates and its
 * root as PEM beside them (for {@code package verify --trust …}).
 */
@Component
class PackageKeys {

    static final String MINISTRY_FILE = "ministry-package-signing.p12";
    static final String OPERATOR_FILE = "operator-encryption.p12";

    private final Path directory;
    private final PackageProperties properties;
    private final ObjectProvider<DemoCertificateAuthority> demoCa;

    PackageKeys(AttestProperties attest, PackageProperties properties, ObjectProvider<DemoCertificateAuthority> demoCa) {
        this.directory = attest.dataDir().resolve("packages");
        this.properties = properties;
        this.demoCa = demoCa;
    }

    /** The Ministry's package-signing key with its chain. */
    PackageSealer.Credential ministrySigner() {
        return credential(ministryFile(), () -> demoCa().issue(new CertificateSubject("000000000000",
                "PACKAGE SIGNING", "DEMO", null, "Ministry of Justice of the Republic of Kazakhstan (DEMO)", null),
                KeyPurpose.SIGNING), "ministry-package-signing.pem");
    }

    /** The operator's decryption key (its certificate has keyEncipherment). */
    PackageSealer.Credential operatorKey() {
        return credential(operatorFile(), () -> demoCa().issue(new CertificateSubject("000000000000",
                "PACKAGE ENCRYPTION", "DEMO", null, "Testing operator (DEMO)", null),
                KeyPurpose.AUTHENTICATION), "operator-encryption.pem");
    }

    /** The certificate the Ministry encrypts packages for. */
    X509Certificate operatorCertificate() {
        if (properties.operatorCertificate() != null) {
            return readCertificates(properties.operatorCertificate()).getFirst();
        }
        return operatorKey().certificate();
    }

    /** What the operator trusts: configured anchors and signers, plus the demo CA and its Ministry key when on. */
    PackageSealer.Trust trust() {
        List<X509Certificate> roots = new ArrayList<>();
        List<X509Certificate> intermediates = new ArrayList<>();
        for (Path file : properties.trustAnchors()) {
            for (X509Certificate certificate : readCertificates(file)) {
                (selfSigned(certificate) ? roots : intermediates).add(certificate);
            }
        }
        List<X509Certificate> signers = new ArrayList<>();
        properties.signerCertificates().forEach(file -> signers.addAll(readCertificates(file)));
        DemoCertificateAuthority ca = demoCa.getIfAvailable();
        if (ca != null) {
            roots.add(ca.rootCertificate());
            intermediates.add(ca.issuingCertificate());
            if (properties.ministryKeystore() == null) {
                signers.add(ministrySigner().certificate());
            }
        }
        return new PackageSealer.Trust(roots, intermediates, signers);
    }

    private Path ministryFile() {
        return properties.ministryKeystore() != null ? properties.ministryKeystore() : directory.resolve(MINISTRY_FILE);
    }

    private Path operatorFile() {
        return properties.operatorKeystore() != null ? properties.operatorKeystore() : directory.resolve(OPERATOR_FILE);
    }

    private DemoCertificateAuthority demoCa() {
        DemoCertificateAuthority ca = demoCa.getIfAvailable();
        if (ca == null) {
            throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.package.keys-missing");
        }
        return ca;
    }

    private synchronized PackageSealer.Credential credential(Path file, java.util.function.Supplier<DemoCertificateAuthority.IssuedCredential> issue,
                                                             String pemName) {
        char[] password = properties.keystorePassword().toCharArray();
        try {
            if (!Files.exists(file)) {
                DemoCertificateAuthority.IssuedCredential issued = issue.get();
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path partial = file.resolveSibling(file.getFileName() + ".part");
                Files.write(partial, issued.toPkcs12(password));
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                writePem(file.resolveSibling(pemName), List.of(issued.certificate()));
                writePem(file.resolveSibling("demo-root.pem"), List.of(issued.chain().getLast()));
            }
            return load(file, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the package key store " + file, e);
        }
    }

    static PackageSealer.Credential load(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(alias))
                            .map(X509Certificate.class::cast).toList();
                    return new PackageSealer.Credential((PrivateKey) store.getKey(alias, password), chain);
                }
            }
            throw new IllegalStateException("No private key in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key store " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the key store " + file + ": " + e.getMessage(), e);
        }
    }

    static List<X509Certificate> readCertificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            CertificateFactory.getInstance("X.509").generateCertificates(in)
                    .forEach(c -> certificates.add((X509Certificate) c));
            if (certificates.isEmpty()) {
                throw new IllegalStateException("No certificate in " + file);
            }
            return certificates;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the certificate file " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not a certificate file: " + file, e);
        }
    }

    static void writePem(Path file, List<X509Certificate> certificates) throws IOException {
        StringBuilder pem = new StringBuilder();
        Base64.Encoder encoder = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (X509Certificate certificate : certificates) {
            try {
                pem.append("-----BEGIN CERTIFICATE-----\n").append(encoder.encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        Files.writeString(file, pem.toString(), StandardCharsets.US_ASCII);
    }

    static boolean selfSigned(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal());
    }

    Optional<Path> directory() {
        return Optional.of(directory);
    }
}
