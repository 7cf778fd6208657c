package kz.attest.audit;

import org.apache.commons.codec.digest.DigestUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static kz.attest.Json.JSON;

/**
 * The exported audit trail (JSON Lines, UTF-8): a header line {@code {"format":"attest-audit-export/1",…}}, then one
 * line per checkpoint ({@code "type":"checkpoint"}: id, seq, hash, takenAt, takenBy, {@code signed} = the CMS
 * SignedData in base64), then one line per entry ({@code "type":"entry"}: every field of {@link AuditEntry}) in
 * sequence order. {@link #verify} checks a file offline exactly as the platform checks its database.
 */
public final class AuditTrailFile {

    public static final String FORMAT = "attest-audit-export/1";

    private AuditTrailFile() {
    }

    /** A file that is not an audit trail export (the offline verifier reports it as unreadable). */
    public static final class UnreadableFile extends RuntimeException {
        UnreadableFile(String message) {
            super(message);
        }
    }

    /**
     * Verifies an exported trail: the hash chain, every checkpoint's signature through {@code seal} (which holds the
     * auditor's trusted roots), and the chain against the checkpoints.
     */
    public static ChainVerification verify(InputStream in, CheckpointSeal seal) throws IOException {
        Lines lines = new Lines(in);
        List<Checkpoint> checkpoints = new ArrayList<>();
        ChainWalk walk = null;
        JsonNode node;
        while ((node = lines.next()) != null) {
            long number = lines.number();
            String type = node.path("type").asString("");
            if ("checkpoint".equals(type)) {
                if (walk != null) {
                    throw new UnreadableFile("line " + number + ": checkpoints come before entries");
                }
                checkpoints.add(new Checkpoint(node.path("id").asLong(), node.path("seq").asLong(),
                        node.path("hash").asString(""), instant(node, "takenAt", number), node.path("takenBy").asString(""),
                        decode(node, number)));
            } else if ("entry".equals(type)) {
                if (walk == null) {
                    walk = new ChainWalk(checkpoints, seal);
                }
                if (!walk.accept(new AuditEntry(node.path("seq").asLong(), instant(node, "recordedAt", number),
                        text(node, "actor"), text(node, "action"), text(node, "entityType"), text(node, "entityId"),
                        text(node, "summary"), node.path("prevHash").asString(""), node.path("hash").asString("")))) {
                    break;
                }
            } else {
                throw new UnreadableFile("line " + number + ": unknown line type '" + type + "'");
            }
        }
        return (walk == null ? new ChainWalk(checkpoints, seal) : walk).result();
    }

    /**
     * The checkpoints of an export, by id, as the SHA-256 of their signed bytes: an auditor keeps an earlier export and
     * checks that every checkpoint in it is still there, unchanged (which the database alone cannot prove when the
     * newest checkpoints were deleted together with the tail).
     */
    public static java.util.Map<Long, String> checkpointDigests(InputStream in) throws IOException {
        Lines lines = new Lines(in);
        java.util.Map<Long, String> digests = new java.util.TreeMap<>();
        JsonNode node;
        while ((node = lines.next()) != null && "checkpoint".equals(node.path("type").asString(""))) {
            digests.put(node.path("id").asLong(), DigestUtils.sha256Hex(decode(node, lines.number())));
        }
        return digests;
    }

    /** An export read line by line: the header is checked first; blank lines are passed over. */
    private static final class Lines {

        private final BufferedReader reader;
        private long number = 1;

        Lines(InputStream in) throws IOException {
            reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null || !FORMAT.equals(node(header, 1).path("format").asString(""))) {
                throw new UnreadableFile("not an " + FORMAT + " file");
            }
        }

        /** The next line that is not blank, parsed; null at the end of the file. */
        JsonNode next() throws IOException {
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    return node(line, number);
                }
            }
            return null;
        }

        /** The number of the line {@link #next} read last (the header is line 1). */
        long number() {
            return number;
        }
    }

    private static byte[] decode(JsonNode node, long number) {
        try {
            return Base64.getDecoder().decode(node.path("signed").asString(""));
        } catch (IllegalArgumentException e) {
            throw new UnreadableFile("line " + number + ": signed is not base64");
        }
    }

    static Writer writer(OutputStream out, Instant exportedAt) throws IOException {
        return new Writer(out, exportedAt);
    }

    /** Writes one export, line by line. */
    static final class Writer implements AutoCloseable {

        private final BufferedWriter out;

        private Writer(OutputStream stream, Instant exportedAt) throws IOException {
            this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            ObjectNode header = JSON.createObjectNode();
            header.put("format", FORMAT);
            header.put("exportedAt", exportedAt.toString());
            line(header);
        }

        void checkpoint(Checkpoint checkpoint) {
            ObjectNode node = JSON.createObjectNode();
            node.put("type", "checkpoint");
            node.put("id", checkpoint.id());
            node.put("seq", checkpoint.seq());
            node.put("hash", checkpoint.hash());
            node.put("takenAt", checkpoint.takenAt().toString());
            node.put("takenBy", checkpoint.takenBy());
            node.put("signed", Base64.getEncoder().encodeToString(checkpoint.signed()));
            line(node);
        }

        void entry(AuditEntry entry) {
            ObjectNode node = JSON.createObjectNode();
            node.put("type", "entry");
            node.put("seq", entry.seq());
            node.put("recordedAt", entry.recordedAt().toString());
            node.put("actor", entry.actor());
            node.put("action", entry.action());
            node.put("entityType", entry.entityType());
            node.put("entityId", entry.entityId());
            node.put("summary", entry.summary());
            node.put("prevHash", entry.prevHash());
            node.put("hash", entry.hash());
            line(node);
        }

        private void line(ObjectNode node) {
            try {
                out.write(JSON.writeValueAsString(node));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static JsonNode node(String line, long number) {
        try {
            return JSON.readTree(line);
        } catch (JacksonException e) {
            throw new UnreadableFile("line " + number + " is not JSON");
        }
    }

    private static Instant instant(JsonNode node, String field, long number) {
        try {
            return Instant.parse(node.path(field).asString(""));
        } catch (RuntimeException e) {
            throw new UnreadableFile("line " + number + ": " + field + " is not an instant");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
