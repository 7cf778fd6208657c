package kz.attest.scheduling;

import org.apache.commons.codec.digest.DigestUtils;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * One-time workstation codes: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), so a candidate
 * types it at the seat without a password. Only the SHA-256 of a code is stored.
 */
final class WorkstationCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkstationCodes() {
    }

    static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    static String hash(String code) {
        return DigestUtils.sha256Hex(code.getBytes(StandardCharsets.US_ASCII));
    }
}
