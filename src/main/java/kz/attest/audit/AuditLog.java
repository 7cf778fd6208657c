package kz.attest.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The append-only, hash-chained audit log. Every state change of every module is recorded here, in the same
 * transaction as the change itself, so a change and its audit entry commit or roll back together.
 */
@Service
public class AuditLog {

    /** Serialises appends across every node: the chain needs the previous entry's hash. */
    private static final long CHAIN_LOCK = 0x4154_5445_5354_4155L;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a state change by the signed-in user (or {@code system} outside a request). */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(String action, String entityType, String entityId, String summary) {
        return record(currentActor(), action, entityType, entityId, summary);
    }

    /** Records a state change by a named actor (a scheduled job, a sign-in attempt). */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(String actor, String action, String entityType, String entityId, String summary) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
        ChainLink last = jdbc.sql("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
                .query((rs, n) -> new ChainLink(rs.getLong(1), rs.getString(2)))
                .optional().orElse(ChainLink.GENESIS);
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        AuditEntry unsigned = new AuditEntry(last.seq() + 1, at, actor, action, entityType, entityId, summary, last.hash(), null);
        AuditEntry entry = unsigned.withHash(unsigned.computeHash());
        jdbc.sql("""
                        INSERT INTO audit_entry (seq, recorded_at, actor, action, entity_type, entity_id, summary, prev_hash, hash)
                        VALUES (:seq, :at, :actor, :action, :entityType, :entityId, :summary, :prevHash, :hash)""")
                .param("seq", entry.seq())
                .param("at", java.sql.Timestamp.from(entry.recordedAt()))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("entityType", entry.entityType())
                .param("entityId", entry.entityId())
                .param("summary", entry.summary())
                .param("prevHash", entry.prevHash())
                .param("hash", entry.hash())
                .update();
        return entry;
    }

    /** Walks the whole chain and reports the first entry whose link or content does not match. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        String expectedPrev = ChainLink.GENESIS.hash();
        long expectedSeq = 1;
        long checked = 0;
        List<AuditEntry> page;
        long after = 0;
        do {
            page = jdbc.sql("""
                            SELECT seq, recorded_at, actor, action, entity_type, entity_id, summary, prev_hash, hash
                            FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT 1000""")
                    .param(after).query(AuditLog::map).list();
            for (AuditEntry entry : page) {
                if (entry.seq() != expectedSeq) {
                    return ChainVerification.broken(checked, expectedSeq, "audit.verify.missing-entry");
                }
                if (!entry.prevHash().equals(expectedPrev)) {
                    return ChainVerification.broken(checked, entry.seq(), "audit.verify.broken-link");
                }
                if (!entry.computeHash().equals(entry.hash())) {
                    return ChainVerification.broken(checked, entry.seq(), "audit.verify.altered-entry");
                }
                expectedPrev = entry.hash();
                expectedSeq++;
                checked++;
                after = entry.seq();
            }
        } while (page.size() == 1000);
        return ChainVerification.intact(checked);
    }

    /** The newest entries, newest first, for the auditor's screen. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("""
                        SELECT seq, recorded_at, actor, action, entity_type, entity_id, summary, prev_hash, hash
                        FROM audit_entry ORDER BY seq DESC LIMIT ?""")
                .param(Math.max(1, Math.min(limit, 500))).query(AuditLog::map).list();
    }

    /** Entries about one entity, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String entityType, String entityId) {
        return jdbc.sql("""
                        SELECT seq, recorded_at, actor, action, entity_type, entity_id, summary, prev_hash, hash
                        FROM audit_entry WHERE entity_type = ? AND entity_id = ? ORDER BY seq""")
                .param(entityType).param(entityId).query(AuditLog::map).list();
    }

    private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? "system" : auth.getName();
    }

    private record ChainLink(long seq, String hash) {
        static final ChainLink GENESIS = new ChainLink(0, "0".repeat(64));
    }
}
