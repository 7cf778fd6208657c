package kz.attest.delivery;

import kz.attest.scheduling.SafeExamBrowserKeyKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * The exam token (issue 12 point 2): what a question page hands to its script so that the script's calls to
 * {@code /api/v1/exam/**} are served without the HTTP session. It carries the workstation's {@link SeatSession} (the
 * sitting, the hash of the workstation's secret, the hall's policy) and an expiry, sealed with AES-256-GCM (JDK
 * {@code javax.crypto}): authenticated — a changed byte fails the cipher's tag check, done in constant time by the
 * JDK — and encrypted, since the hall's Safe Exam Browser key it carries must not reach the browser. The key is one
 * row of {@code delivery_exam_token_key}, written once by the first node and read by all (see
 * {@code docs/decisions-examclient.md}).
 *
 * <p>The token only says which workstation is asking; the sitting's and the attempt's rows still decide on every
 * request (a seat move replaces the workstation's hash, a removal, pause or deadline is the attempt's state), as with
 * the session.
 */
@Component
class ExamTokens {

    /** The request header the script sends the token in. */
    static final String HEADER = "X-Exam-Token";

    private static final String PREFIX = "e1.";
    private static final byte[] CONTEXT = "attest-exam-token-v1".getBytes(StandardCharsets.US_ASCII);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** A token is at most this long (a hall's address ranges included); anything longer is refused unread. */
    private static final int MAX_CHARS = 4096;
    private static final int IDLE_CIPHERS = 64;

    private final ExamRows rows;
    private final org.springframework.transaction.support.TransactionTemplate ownTransaction;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec key;
    /**
     * Idle ciphers for reuse: {@code Cipher.getInstance} looks the transformation up among the security providers
     * each time, which was most of a save's crypto cost (docs/benchmarks.md "Save path"). A {@link Cipher} serves one
     * thread at a time; every use starts with {@code init} (a fresh IV, the key), which resets whatever a previous
     * use, failed or not, left behind. At most {@value #IDLE_CIPHERS} are kept; the rest are dropped.
     */
    private final java.util.concurrent.BlockingQueue<Cipher> ciphers =
            new java.util.concurrent.ArrayBlockingQueue<>(IDLE_CIPHERS);

    ExamTokens(ExamRows rows, org.springframework.transaction.PlatformTransactionManager transactions,
               @Value("${attest.delivery.exam-token.lifetime:PT12H}") Duration lifetime) {
        this.rows = rows;
        this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.lifetime = lifetime;
    }

    /** A token for this workstation, valid until {@code now} + the configured lifetime. */
    String issue(SeatSession seat, Instant now) {
        try {
            byte[] plain = encode(seat, now.plus(lifetime).getEpochSecond());
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher();
            byte[] sealed;
            try {
                cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
                cipher.updateAAD(CONTEXT);
                sealed = cipher.doFinal(plain);
            } finally {
                ciphers.offer(cipher);
            }
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The exam token could not be sealed", e);
        }
    }

    /**
     * The workstation a token names; refused (401, nothing read or written) when it is malformed, was not sealed with
     * this installation's key, was changed, or has expired.
     */
    SeatSession open(String token, Instant now) {
        if (token == null || token.length() > MAX_CHARS || !token.startsWith(PREFIX)) {
            throw refused();
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw refused();
        }
        if (raw.length <= IV_BYTES + TAG_BITS / 8) {
            throw refused();
        }
        byte[] plain;
        try {
            Cipher cipher = cipher();
            try {
                cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
                cipher.updateAAD(CONTEXT);
                plain = cipher.doFinal(raw, IV_BYTES, raw.length - IV_BYTES);
            } finally {
                ciphers.offer(cipher);
            }
        } catch (AEADBadTagException e) {
            throw refused();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The exam token could not be opened", e);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            long expires = in.readLong();
            if (now.getEpochSecond() >= expires) {
                throw refused();
            }
            UUID sitting = new UUID(in.readLong(), in.readLong());
            String tokenHash = in.readUTF();
            boolean trial = in.readBoolean();
            String kind = in.readUTF();
            String sebKey = in.readUTF();
            int ranges = in.readUnsignedShort();
            List<String> allowed = new ArrayList<>(ranges);
            for (int i = 0; i < ranges; i++) {
                allowed.add(in.readUTF());
            }
            return new SeatSession(sitting, tokenHash.isEmpty() ? null : tokenHash, sebKey.isEmpty() ? null : sebKey, allowed, trial,
                    kind.isEmpty() ? null : SafeExamBrowserKeyKind.valueOf(kind));
        } catch (IOException | IllegalArgumentException e) {
            throw refused(); // authentic but unreadable: a token of another format version
        }
    }

    private static DeliveryRefusal refused() {
        return new DeliveryRefusal(DeliveryRefusal.Reason.EXAM_TOKEN);
    }

    private static byte[] encode(SeatSession seat, long expires) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(expires);
            out.writeLong(seat.sittingId().getMostSignificantBits());
            out.writeLong(seat.sittingId().getLeastSignificantBits());
            out.writeUTF(seat.tokenHash() == null ? "" : seat.tokenHash());
            out.writeBoolean(seat.trial());
            out.writeUTF(seat.sebKeyKind() == null ? "" : seat.sebKeyKind().name());
            out.writeUTF(seat.sebKeyHex() == null ? "" : seat.sebKeyHex());
            out.writeShort(seat.allowedIpRanges().size());
            for (String range : seat.allowedIpRanges()) {
                out.writeUTF(range);
            }
        }
        return bytes.toByteArray();
    }

    /** An idle cipher, or a new one; handed back with {@code ciphers.offer} after its use. */
    private Cipher cipher() throws GeneralSecurityException {
        Cipher cipher = ciphers.poll();
        return cipher != null ? cipher : Cipher.getInstance("AES/GCM/NoPadding");
    }

    /** The installation's key: written once by whichever node comes first, then the same for every node. */
    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) {
                    byte[] fresh = new byte[32];
                    random.nextBytes(fresh);
                    // its own transaction: the caller's may be read-only, and the key must outlive a rollback
                    byte[] stored = ownTransaction.execute(status -> rows.examTokenKey(fresh));
                    k = new SecretKeySpec(stored, "AES");
                    key = k;
                }
            }
        }
        return k;
    }
}
