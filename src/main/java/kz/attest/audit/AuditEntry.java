package kz.attest.audit;

import org.apache.commons.codec.digest.DigestUtils;

import java.time.Instant;
import java.util.stream.Stream;

/** One link of the audit chain: who did what to which entity, and the hash binding it to the entry before. */
public record AuditEntry(long seq, Instant recordedAt, String actor, String action, String entityType,
                         String entityId, String summary, String prevHash, String hash) {

    /** When it was recorded, on the wall clock of Astana and Almaty, for screens. */
    public String recordedAtLocal() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(recordedAt.atZone(java.time.ZoneId.of("Asia/Almaty")));
    }

    AuditEntry withHash(String newHash) {
        return new AuditEntry(seq, recordedAt, actor, action, entityType, entityId, summary, prevHash, newHash);
    }

    /**
     * SHA-256 over the previous hash and the entry's canonical form: every field, length-prefixed so that no two
     * different entries share a canonical form.
     */
    String computeHash() {
        StringBuilder canonical = new StringBuilder(prevHash);
        Stream.of(Long.toString(seq), Long.toString(recordedAt.getEpochSecond()), Integer.toString(recordedAt.getNano()),
                        actor, action, entityType, entityId, summary)
                .forEach(field -> {
                    String value = field == null ? "" : field;
                    canonical.append('|').append(value.length()).append(':').append(value);
                });
        return DigestUtils.sha256Hex(canonical.toString());
    }
}
