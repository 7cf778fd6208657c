package kz.attest.itembank;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * AES-GCM for bank content at rest (testing.md: the bank is encrypted at rest). A fresh 96-bit IV per value, the
 * owner's id as associated data so a value copied onto another row fails to decrypt. Stored as IV ‖ ciphertext+tag.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class BankCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final BankKeys keys;
    private final SecureRandom random = new SecureRandom();

    BankKeys keys() {
        return keys;
    }

    /** Encrypts under the active key. */
    Sealed seal(UUID owner, byte[] plain) {
        return seal(owner, plain, keys.activeId());
    }

    Sealed seal(UUID owner, byte[] plain, String keyId) {
        SecretKey key = keys.find(keyId).orElseThrow(() -> new IllegalStateException("No bank key " + keyId));
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(owner));
            byte[] sealed = cipher.doFinal(plain);
            return new Sealed(keyId, ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt bank content", e);
        }
    }

    /** Decrypts; a tampered value, a wrong owner or a missing key is an error, never silent garbage. */
    byte[] open(UUID owner, Sealed sealed) {
        SecretKey key = keys.find(sealed.keyId())
                .orElseThrow(() -> new IllegalStateException("The bank key " + sealed.keyId() + " is missing"));
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.bytes(), 0, IV_BYTES));
            cipher.updateAAD(aad(owner));
            return cipher.doFinal(sealed.bytes(), IV_BYTES, sealed.bytes().length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bank content of " + owner + " does not decrypt (tampered or wrong key)", e);
        }
    }

    private static byte[] aad(UUID owner) {
        return owner.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** An encrypted value and the id of the key it is under. */
    record Sealed(String keyId, byte[] bytes) {
    }
}
