package kz.attest.signature;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The organisations' document-signing keys held by the server: the key store configured for the organisation
 * ({@code attest.signature.pades.organisation-keys.<id>.*}), otherwise a key the demonstration CA issues on first use
 * and keeps in {@code <data dir>/document-keys/<organisation>.p12} (as the application module does for export keys).
 * Loaded keys are kept in memory; an expired demonstration key is replaced.
 */
final class DocumentSigningKeys {

    private static final String ALIAS = "documents";

    private final Path directory;
    private final char[] password;
    private final Map<String, PadesProperties.KeyStoreFile> configured;
    private final DemoCertificateAuthority demoCa;
    private final Clock clock;
    private final Map<String, DemoCertificateAuthority.IssuedCredential> loaded = new ConcurrentHashMap<>();

    DocumentSigningKeys(Path directory, char[] password, Map<String, PadesProperties.KeyStoreFile> configured,
                        DemoCertificateAuthority demoCa, Clock clock) {
        this.directory = directory;
        this.password = password.clone();
        this.configured = Map.copyOf(configured);
        this.demoCa = demoCa;
        this.clock = clock;
    }

    /** The organisation's key, its certificate and chain (leaf first). */
    DemoCertificateAuthority.IssuedCredential key(String organisationId) {
        DemoCertificateAuthority.IssuedCredential key = loaded.get(organisationId);
        if (key != null && key.certificate().getNotAfter().toInstant().isAfter(clock.instant())) {
            return key;
        }
        synchronized (this) {
            key = load(organisationId);
            loaded.put(organisationId, key);
            return key;
        }
    }

    private DemoCertificateAuthority.IssuedCredential load(String organisationId) {
        PadesProperties.KeyStoreFile file = configured.get(organisationId);
        try {
            if (file != null) {
                char[] storePassword = file.password() == null ? password : file.password().toCharArray();
                return read(file.file(), storePassword, file.alias());
            }
            Path kept = directory.resolve(organisationId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "_") + ".p12");
            if (Files.exists(kept)) {
                DemoCertificateAuthority.IssuedCredential key = read(kept, password, ALIAS);
                if (key.certificate().getNotAfter().toInstant().isAfter(clock.instant())) {
                    return key;
                }
            }
            if (demoCa == null) {
                // attest.signature.pades.organisation-keys.<id>.file is missing and the demonstration CA is off
                throw new SigningRefusal(SigningRefusal.Kind.WRONG_STATE, "signature.pades.no-organisation-key",
                        organisationId);
            }
            DemoCertificateAuthority.IssuedCredential key = demoCa.issue(new CertificateSubject("000000000000", "DOCUMENTS",
                    organisationId.toUpperCase(Locale.ROOT), null, organisationId, null), KeyPurpose.SIGNING);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key.privateKey(), password, key.chain().toArray(new X509Certificate[0]));
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "key", ".tmp");
            try (var out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("The document-signing key of " + organisationId + " could not be read or kept", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The document-signing key of " + organisationId + " is unusable", e);
        }
    }

    private static DemoCertificateAuthority.IssuedCredential read(Path file, char[] password, String alias)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        String chosen = alias != null && !alias.isBlank() ? alias : Collections.list(store.aliases()).stream()
                .filter(a -> {
                    try {
                        return store.isKeyEntry(a);
                    } catch (GeneralSecurityException e) {
                        return false;
                    }
                }).findFirst().orElseThrow(() -> new GeneralSecurityException("no key entry in " + file));
        List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(chosen))
                .map(X509Certificate.class::cast).toList();
        return new DemoCertificateAuthority.IssuedCredential(chain.getFirst(), (PrivateKey) store.getKey(chosen, password), chain);
    }
}
