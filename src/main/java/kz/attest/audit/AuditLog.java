package kz.attest.audit;

import org.springframework.beans.factory.ObjectProvider;
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

    static final String GENESIS_HASH = "0".repeat(64);
    static final String CHECKPOINT_ENTITY = "AuditCheckpoint";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<CheckpointSeal> seal;

    AuditLog(JdbcClient jdbc, Clock clock, ObjectProvider<CheckpointSeal> seal) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.seal = seal;
    }

    /** Records a state change by the signed-in user (or {@code system} outside a request). */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(String action, String entityType, String entityId, String summary) {
        return record(currentActor(), action, entityType, entityId, summary);
    }

    /** Records a state change by a named actor (a scheduled job, a sign-in attempt). */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(String actor, String action, String entityType, String entityId, String summary) {
        lockChain();
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

    /**
     * Walks the whole chain and compares it with the signed checkpoints: reports the first entry whose link or content
     * does not match, a checkpoint whose signature or link is bad, an entry that differs from what a checkpoint signed
     * (the chain was recomputed), or a chain shorter than the newest checkpoint (its tail was deleted).
     */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        ChainWalk walk = new ChainWalk(checkpoints(), requireSeal());
        forEachEntry(walk::accept);
        return walk.result();
    }

    /**
     * Signs the chain's head now (a checkpoint), unless {@code onlyIfChanged} and no entry was added since the last
     * one. The checkpoint is itself recorded in the chain first, so the head it signs is its own entry.
     *
     * @return the new checkpoint's id, or empty when none was needed
     */
    @Transactional
    public java.util.Optional<Long> checkpoint(String actor, boolean onlyIfChanged) {
        lockChain();
        Checkpoint previous = jdbc.sql(CHECKPOINT_COLUMNS + " ORDER BY id DESC LIMIT 1").query(AuditLog::checkpoint)
                .optional().orElse(null);
        long head = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_entry").query(Long.class).single();
        if (onlyIfChanged && previous != null && previous.seq() == head) {
            return java.util.Optional.empty();
        }
        long id = jdbc.sql("SELECT nextval('audit_checkpoint_id_seq')").query(Long.class).single();
        AuditEntry entry = record(actor, "audit.checkpoint-taken", CHECKPOINT_ENTITY, Long.toString(id),
                "checkpoint of the chain's head, entries 1.." + (head + 1));
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Checkpoint.Statement statement = new Checkpoint.Statement(id, entry.seq(), entry.hash(), at,
                Checkpoint.Statement.previousOf(previous));
        byte[] signed = requireSeal().seal(statement.bytes());
        jdbc.sql("""
                        INSERT INTO audit_checkpoint (id, seq, hash, taken_at, taken_by, signed)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, entry.seq(), entry.hash(), java.sql.Timestamp.from(at), actor, signed)
                .update();
        return java.util.Optional.of(id);
    }

    /** The newest checkpoints, newest first, for the auditor's screen. */
    @Transactional(readOnly = true)
    public List<CheckpointView> latestCheckpoints(int limit) {
        return jdbc.sql(CHECKPOINT_COLUMNS + " ORDER BY id DESC LIMIT ?").param(Math.max(1, Math.min(limit, 500)))
                .query(AuditLog::checkpoint).list().stream()
                .map(c -> new CheckpointView(c.id(), c.seq(), c.hash(), c.takenAt(), c.takenBy())).toList();
    }

    /**
     * Writes the whole trail — every checkpoint and every entry — in the export format an auditor verifies offline
     * ({@link AuditTrailFile}).
     */
    @Transactional(readOnly = true)
    public void export(java.io.OutputStream out) throws java.io.IOException {
        try (AuditTrailFile.Writer writer = AuditTrailFile.writer(out, Instant.now(clock))) {
            for (Checkpoint checkpoint : checkpoints()) {
                writer.checkpoint(checkpoint);
            }
            forEachEntry(entry -> {
                writer.entry(entry);
                return true;
            });
        }
    }

    private List<Checkpoint> checkpoints() {
        return jdbc.sql(CHECKPOINT_COLUMNS + " ORDER BY id").query(AuditLog::checkpoint).list();
    }

    private void forEachEntry(java.util.function.Predicate<AuditEntry> action) {
        long after = 0;
        List<AuditEntry> page;
        do {
            page = jdbc.sql("""
                            SELECT seq, recorded_at, actor, action, entity_type, entity_id, summary, prev_hash, hash
                            FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT 1000""")
                    .param(after).query(AuditLog::map).list();
            for (AuditEntry entry : page) {
                if (!action.test(entry)) {
                    return;
                }
                after = entry.seq();
            }
        } while (page.size() == 1000);
    }

    private CheckpointSeal requireSeal() {
        CheckpointSeal available = seal.getIfAvailable();
        if (available == null) {
            throw new IllegalStateException("No CheckpointSeal: the signature module signs audit checkpoints");
        }
        return available;
    }

    private void lockChain() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
    }

    private static final String CHECKPOINT_COLUMNS = "SELECT id, seq, hash, taken_at, taken_by, signed FROM audit_checkpoint";

    private static Checkpoint checkpoint(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Checkpoint(rs.getLong("id"), rs.getLong("seq"), rs.getString("hash"),
                rs.getTimestamp("taken_at").toInstant(), rs.getString("taken_by"), rs.getBytes("signed"));
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
        static final ChainLink GENESIS = new ChainLink(0, GENESIS_HASH);
    }
}
