package kz.attest.audit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The chain's entries and checkpoints in {@code audit_entry} and {@code audit_checkpoint}: the one home of their SQL. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditRows {

    /** Serialises appends across every node: the chain needs the previous entry's hash. */
    private static final long CHAIN_LOCK = 0x4154_5445_5354_4155L;
    private static final String ENTRY_COLUMNS =
            "SELECT seq, recorded_at, actor, action, entity_type, entity_id, summary, prev_hash, hash FROM audit_entry";
    private static final String CHECKPOINT_COLUMNS =
            "SELECT id, seq, hash, taken_at, taken_by, signed FROM audit_checkpoint";

    private final JdbcClient jdbc;

    /** Takes the chain's lock until the transaction ends. */
    void lockChain() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
    }

    /** The newest entry's sequence number and hash. */
    Optional<Link> lastLink() {
        return jdbc.sql("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
                .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2))).optional();
    }

    void insert(AuditEntry entry) {
        jdbc.sql("""
                        INSERT INTO audit_entry (seq, recorded_at, actor, action, entity_type, entity_id, summary, prev_hash, hash)
                        VALUES (:seq, :at, :actor, :action, :entityType, :entityId, :summary, :prevHash, :hash)""")
                .param("seq", entry.seq())
                .param("at", Timestamp.from(entry.recordedAt()))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("entityType", entry.entityType())
                .param("entityId", entry.entityId())
                .param("summary", entry.summary())
                .param("prevHash", entry.prevHash())
                .param("hash", entry.hash())
                .update();
    }

    /** The chain's head: the newest sequence number, 0 for an empty chain. */
    long head() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_entry").query(Long.class).single();
    }

    /** A page of entries after a sequence number, in order. */
    List<AuditEntry> entriesAfter(long seq, int limit) {
        return jdbc.sql(ENTRY_COLUMNS + " WHERE seq > ? ORDER BY seq LIMIT ?").param(seq).param(limit)
                .query(AuditRows::entry).list();
    }

    /** The newest entries, newest first. */
    List<AuditEntry> latest(int limit) {
        return jdbc.sql(ENTRY_COLUMNS + " ORDER BY seq DESC LIMIT ?").param(limit).query(AuditRows::entry).list();
    }

    /** The entries about one entity, oldest first. */
    List<AuditEntry> history(String entityType, String entityId) {
        return jdbc.sql(ENTRY_COLUMNS + " WHERE entity_type = ? AND entity_id = ? ORDER BY seq")
                .param(entityType).param(entityId).query(AuditRows::entry).list();
    }

    /** How many of the newest {@code limit} entries were recorded since an instant (the sequence is indexed). */
    long countSince(int limit, Instant since) {
        return jdbc.sql("""
                        SELECT count(*) FROM (SELECT recorded_at FROM audit_entry ORDER BY seq DESC LIMIT ?) latest
                        WHERE recorded_at >= ?""").param(limit).param(Timestamp.from(since)).query(Long.class).single();
    }

    Optional<Checkpoint> lastCheckpoint() {
        return jdbc.sql(CHECKPOINT_COLUMNS + " ORDER BY id DESC LIMIT 1").query(AuditRows::checkpoint).optional();
    }

    long nextCheckpointId() {
        return jdbc.sql("SELECT nextval('audit_checkpoint_id_seq')").query(Long.class).single();
    }

    void insertCheckpoint(long id, long seq, String hash, Instant at, String actor, byte[] signed) {
        jdbc.sql("""
                        INSERT INTO audit_checkpoint (id, seq, hash, taken_at, taken_by, signed)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, seq, hash, Timestamp.from(at), actor, signed)
                .update();
    }

    /** Every checkpoint, oldest first. */
    List<Checkpoint> checkpoints() {
        return jdbc.sql(CHECKPOINT_COLUMNS + " ORDER BY id").query(AuditRows::checkpoint).list();
    }

    /** The newest checkpoints, newest first. */
    List<Checkpoint> latestCheckpoints(int limit) {
        return jdbc.sql(CHECKPOINT_COLUMNS + " ORDER BY id DESC LIMIT ?").param(limit)
                .query(AuditRows::checkpoint).list();
    }

    private static Checkpoint checkpoint(ResultSet rs, int row) throws SQLException {
        return new Checkpoint(rs.getLong("id"), rs.getLong("seq"), rs.getString("hash"),
                rs.getTimestamp("taken_at").toInstant(), rs.getString("taken_by"), rs.getBytes("signed"));
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** An entry's place in the chain: its sequence number and hash. */
    record Link(long seq, String hash) {
    }
}
