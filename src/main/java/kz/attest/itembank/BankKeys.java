package kz.attest.itembank;

import kz.attest.web.Refusal.Kind;
import org.apache.commons.codec.digest.DigestUtils;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The data keys of the bank, by key id. Either one key from configuration, or a PKCS#12 keystore created on first
 * start, holding every key ever made ({@code bank-1}, {@code bank-2}, ...; the highest is active) so that rows still
 * under an older key stay readable during and after a rotation.
 */
final class BankKeys {

    private static final String PREFIX = "bank-";

    private final Path keystore;
    private final char[] password;
    private final boolean rotatable;
    private volatile Map<String, SecretKey> keys;
    private volatile String active;

    private BankKeys(Path keystore, char[] password, Map<String, SecretKey> keys, String active, boolean rotatable) {
        this.keystore = keystore;
        this.password = password;
        this.keys = keys;
        this.active = active;
        this.rotatable = rotatable;
    }

    /** A single key given from outside; its id is derived from the key so a changed key is detected. */
    static BankKeys configured(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("attest.itembank.key is not Base64");
        }
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalStateException("attest.itembank.key must be an AES key of 16, 24 or 32 bytes");
        }
        String id = "cfg-" + fingerprint(raw);
        return new BankKeys(null, null, Map.of(id, new SecretKeySpec(raw, "AES")), id, false);
    }

    /** The keys of the keystore file, creating it with a first key when it does not exist. */
    static BankKeys keystore(Path file, String password) {
        char[] secret = password.toCharArray();
        try {
            if (!Files.exists(file)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, secret);
                store.setEntry(PREFIX + 1, new KeyStore.SecretKeyEntry(newKey()), new KeyStore.PasswordProtection(secret));
                write(store, file, secret);
            }
            Map<String, SecretKey> keys = read(file, secret);
            return new BankKeys(file, secret, keys, newest(keys), true);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the question bank keystore " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the question bank keystore " + file, e);
        }
    }

    String activeId() {
        return active;
    }

    SecretKey active() {
        return keys.get(active);
    }

    Optional<SecretKey> find(String keyId) {
        SecretKey key = keys.get(keyId);
        if (key == null && keystore != null) {
            key = reload().get(keyId);
        }
        return Optional.ofNullable(key);
    }

    /**
     * Reads the keystore file again: another process on the same data directory (a second application context, the
     * {@code package} command) may have rotated the key and re-encrypted the rows with it.
     */
    private synchronized Map<String, SecretKey> reload() {
        try {
            Map<String, SecretKey> fresh = read(keystore, password);
            keys = fresh;
            active = newest(fresh);
            return fresh;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the question bank keystore " + keystore + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the question bank keystore " + keystore, e);
        }
    }

    boolean rotatable() {
        return rotatable;
    }

    /** Makes a new key, stores it in the keystore and makes it active; returns its id. */
    synchronized String addKey() {
        if (!rotatable) {
            throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.key.rotation-configured");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, password);
            }
            String id = PREFIX + (number(newest(keys)) + 1);
            store.setEntry(id, new KeyStore.SecretKeyEntry(newKey()), new KeyStore.PasswordProtection(password));
            write(store, keystore, password);
            keys = read(keystore, password);
            active = id;
            return id;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot add a key to " + keystore + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add a key to " + keystore, e);
        }
    }

    private static Map<String, SecretKey> read(Path file, char[] secret) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, secret);
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String alias : Collections.list(store.aliases())) {
            if (alias.startsWith(PREFIX) && store.getEntry(alias, new KeyStore.PasswordProtection(secret))
                    instanceof KeyStore.SecretKeyEntry entry) {
                keys.put(alias, new SecretKeySpec(entry.getSecretKey().getEncoded(), "AES"));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("The question bank keystore " + file + " holds no key");
        }
        return Map.copyOf(keys);
    }

    /** Writes beside the file and moves it in place, so a crash never leaves half a keystore. */
    private static void write(KeyStore store, Path file, char[] secret) throws GeneralSecurityException, IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            store.store(out, secret);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String newest(Map<String, SecretKey> keys) {
        return keys.keySet().stream().max(java.util.Comparator.comparingInt(BankKeys::number)).orElseThrow();
    }

    private static int number(String alias) {
        try {
            return Integer.parseInt(alias.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static SecretKey newKey() throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        return generator.generateKey();
    }

    private static String fingerprint(byte[] raw) {
        return DigestUtils.sha256Hex(raw).substring(0, 8);   // the digest's first 4 bytes
    }
}
