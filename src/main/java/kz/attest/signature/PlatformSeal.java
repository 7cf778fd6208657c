package kz.attest.signature;

import kz.attest.AttestProperties;
import kz.attest.audit.CheckpointSeal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The platform's own signature over audit checkpoints: CMS SignedData ({@link SignedFiles}) with the platform key —
 * a configured PKCS#12 file, or else one the demonstration CA issues on first use and the data directory keeps. A
 * seal is accepted when its signer chains to the configured trusted certificates or the demonstration root, checked
 * as at its signing time (a checkpoint outlives its key's certificate).
 */
@Component
class PlatformSeal implements CheckpointSeal {

    private static final String ALIAS = "platform";

    private final SignatureProperties properties;
    private final ObjectProvider<DemoCertificateAuthority> demoCa;
    private final Path defaultKeyStore;
    private DemoCertificateAuthority.IssuedCredential key;

    PlatformSeal(SignatureProperties properties, ObjectProvider<DemoCertificateAuthority> demoCa,
                 AttestProperties attest) {
        this.properties = properties;
        this.demoCa = demoCa;
        this.defaultKeyStore = attest.dataDir().resolve("platform").resolve("platform-signing.p12");
    }

    /**
     * The key's validity is judged on the system clock, not the platform's {@code Clock} bean: the CMS signing time
     * that verification checks it against is the system's (a test's pinned clock must not yield a key that is
     * already expired when it signs).
     */
    private static Instant systemNow() {
        return Instant.now();
    }

    @Override
    public byte[] seal(byte[] content) {
        return SignedFiles.sign(key(), content);
    }

    @Override
    public Optional<Opened> open(byte[] sealed) {
        return open(sealed, SignedFiles.trustedRoots(properties.trustedCertificates(), Optional.ofNullable(demoCa.getIfAvailable())));
    }

    /** A seal that only opens, trusting these roots: the offline verifier's. */
    static CheckpointSeal verifierTrusting(Collection<X509Certificate> roots) {
        List<X509Certificate> trusted = List.copyOf(roots);
        return new CheckpointSeal() {
            @Override
            public byte[] seal(byte[] content) {
                throw new UnsupportedOperationException("the offline verifier signs nothing");
            }

            @Override
            public Optional<Opened> open(byte[] sealed) {
                return PlatformSeal.open(sealed, trusted);
            }
        };
    }

    private static Optional<Opened> open(byte[] sealed, Collection<X509Certificate> roots) {
        try {
            SignedFiles.Verified verified = SignedFiles.verifyAsSigned(sealed, roots);
            return Optional.of(new Opened(verified.content(), verified.signer().getSubjectX500Principal().getName()));
        } catch (SignedFiles.InvalidFile e) {
            return Optional.empty();
        }
    }

    /** The platform key: the configured key store, else the kept one while valid, else a new one from the demo CA. */
    synchronized DemoCertificateAuthority.IssuedCredential key() {
        Instant now = systemNow();
        if (key != null && key.certificate().getNotAfter().toInstant().isAfter(now.plus(Duration.ofDays(1)))) {
            return key;
        }
        char[] password = properties.platformKey().password().toCharArray();
        Path configured = properties.platformKey().keystore();
        if (configured != null) {
            key = load(configured, password);
            return key;
        }
        if (Files.exists(defaultKeyStore)) {
            DemoCertificateAuthority.IssuedCredential kept = load(defaultKeyStore, password);
            if (kept.certificate().getNotAfter().toInstant().isAfter(now.plus(Duration.ofDays(1)))
                    && kept.certificate().getNotBefore().toInstant().isBefore(now)) {
                key = kept;
                return key;
            }
        }
        DemoCertificateAuthority ca = demoCa.getIfAvailable();
        if (ca == null) {
            throw new IllegalStateException("No platform signing key: set attest.signature.platform-key.keystore");
        }
        DemoCertificateAuthority.IssuedCredential issued = ca.issue(new CertificateSubject("000000000000", "PLATFORM",
                "ATTEST KZ", null, "Attest KZ platform", null), KeyPurpose.SIGNING, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(365)));
        store(issued, password);
        key = issued;
        return key;
    }

    private static DemoCertificateAuthority.IssuedCredential load(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String alias = store.isKeyEntry(ALIAS) ? ALIAS : store.aliases().nextElement();
            X509Certificate[] chain = Arrays.stream(store.getCertificateChain(alias))
                    .map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
            return new DemoCertificateAuthority.IssuedCredential(chain[0], (PrivateKey) store.getKey(alias, password),
                    List.of(chain));
        } catch (IOException e) {
            throw new UncheckedIOException("The platform key store " + file + " could not be read", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The platform key store " + file + " is unusable", e);
        }
    }

    private void store(DemoCertificateAuthority.IssuedCredential issued, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, issued.privateKey(), password, issued.chain().toArray(new X509Certificate[0]));
            Files.createDirectories(defaultKeyStore.getParent());
            Path temporary = Files.createTempFile(defaultKeyStore.getParent(), "platform", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, defaultKeyStore, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The platform key could not be kept in " + defaultKeyStore, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The platform key could not be kept", e);
        }
    }
}
