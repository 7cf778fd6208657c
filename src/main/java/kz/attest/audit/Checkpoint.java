package kz.attest.audit;

import org.apache.commons.codec.digest.DigestUtils;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One signed checkpoint of the chain's head as stored (or exported): the columns are a copy for reading; the signed
 * content ({@link Statement}) is what counts.
 */
record Checkpoint(long id, long seq, String hash, Instant takenAt, String takenBy, byte[] signed) {

    static final String FORMAT = "attest-audit-checkpoint/1";
    static final String NO_PREVIOUS = "none";

    /** The digest later checkpoints name to link to this one. */
    String digest() {
        return DigestUtils.sha256Hex(signed);
    }

    /**
     * What the platform signs: the checkpoint's id, the head's sequence number and hash, the time, and the link to the
     * previous checkpoint (its id and the SHA-256 of its signed bytes), so a deleted checkpoint is noticed too.
     */
    record Statement(long id, long seq, String hash, Instant takenAt, String previous) {

        byte[] bytes() {
            return (FORMAT + "\nid: " + id + "\nseq: " + seq + "\nhash: " + hash + "\ntaken-at: " + takenAt
                    + "\nprevious: " + previous + "\n").getBytes(StandardCharsets.UTF_8);
        }

        static String previousOf(Checkpoint previous) {
            return previous == null ? NO_PREVIOUS : previous.id() + " " + previous.digest();
        }

        /** The statement in signed bytes, or empty when they are not one. */
        static Optional<Statement> parse(byte[] content) {
            String[] lines = new String(content, StandardCharsets.UTF_8).split("\n");
            if (lines.length < 6 || !FORMAT.equals(lines[0])) {
                return Optional.empty();
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(": ");
                if (colon > 0) {
                    fields.put(lines[i].substring(0, colon), lines[i].substring(colon + 2));
                }
            }
            try {
                return Optional.of(new Statement(Long.parseLong(fields.get("id")), Long.parseLong(fields.get("seq")),
                        fields.get("hash"), Instant.parse(fields.get("taken-at")), fields.get("previous")));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
