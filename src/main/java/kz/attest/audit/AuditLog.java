package kz.attest.audit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditLog {

    static final String GENESIS_HASH = "0".repeat(64);
    static final String CHECKPOINT_ENTITY = "AuditCheckpoint";

    private final AuditRows rows;
    private final Clock clock;
    private final ObjectProvider<CheckpointSeal> seal;

    /** Records a state change by the signed-in user (or {@code system} outside a request). */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(String action, String entityType, String entityId, String summary) {
        return record(currentActor(), action, entityType, entityId, summary);
    }

    /** Records a state change by a named actor (a scheduled job, a sign-in attempt). */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(String actor, String action, String entityType, String entityId, String summary) {
        rows.lockChain();
        AuditRows.Link last = rows.lastLink().orElse(GENESIS);
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        AuditEntry unsigned = new AuditEntry(last.seq() + 1, at, actor, action, entityType, entityId, summary, last.hash(), null);
        AuditEntry entry = unsigned.withHash(unsigned.computeHash());
        rows.insert(entry);
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
        rows.lockChain();
        Checkpoint previous = rows.lastCheckpoint().orElse(null);
        long head = rows.head();
        if (onlyIfChanged && previous != null && previous.seq() == head) {
            return java.util.Optional.empty();
        }
        long id = rows.nextCheckpointId();
        AuditEntry entry = record(actor, "audit.checkpoint-taken", CHECKPOINT_ENTITY, Long.toString(id),
                "checkpoint of the chain's head, entries 1.." + (head + 1));
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Checkpoint.Statement statement = new Checkpoint.Statement(id, entry.seq(), entry.hash(), at,
                Checkpoint.Statement.previousOf(previous));
        byte[] signed = requireSeal().seal(statement.bytes());
        rows.insertCheckpoint(id, entry.seq(), entry.hash(), at, actor, signed);
        return java.util.Optional.of(id);
    }

    /** The newest checkpoints, newest first, for the auditor's screen. */
    @Transactional(readOnly = true)
    public List<CheckpointView> latestCheckpoints(int limit) {
        return rows.latestCheckpoints(Math.max(1, Math.min(limit, 500))).stream()
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
        return rows.checkpoints();
    }

    private void forEachEntry(java.util.function.Predicate<AuditEntry> action) {
        long after = 0;
        List<AuditEntry> page;
        do {
            page = rows.entriesAfter(after, 1000);
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

    /** The newest entries, newest first, for the auditor's screen. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit) {
        return rows.latest(Math.max(1, Math.min(limit, 500)));
    }

    /** Entries about one entity, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String entityType, String entityId) {
        return rows.history(entityType, entityId);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? "system" : auth.getName();
    }

    private static final AuditRows.Link GENESIS = new AuditRows.Link(0, GENESIS_HASH);
}
