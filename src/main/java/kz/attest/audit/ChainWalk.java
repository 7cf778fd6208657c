package kz.attest.audit;

import java.util.List;
import java.util.TreeMap;

/**
 * Verifies the chain against the checkpoints, one entry at a time, the same way for the database and for an exported
 * file. First the checkpoints: each must carry the platform's valid signature over exactly its columns and link to the
 * checkpoint before it. Then every entry: sequence, link and hash as before, and at each checkpointed sequence number
 * the hash the checkpoint signed. Finally the length: the chain must reach the newest checkpoint.
 * The first problem found is the one reported, with its place.
 */
final class ChainWalk {

    private final TreeMap<Long, Checkpoint> anchors = new TreeMap<>();
    private ChainVerification checkpointProblem;
    private ChainVerification chainProblem;
    private long checkpointsVerified;
    private String expectedPrev = AuditLog.GENESIS_HASH;
    private long expectedSeq = 1;
    private long checked;

    ChainWalk(List<Checkpoint> checkpoints, CheckpointSeal seal) {
        Checkpoint previous = null;
        for (Checkpoint checkpoint : checkpoints) {
            String problem = problemOf(checkpoint, previous, seal);
            if (problem != null) {
                checkpointProblem = new ChainVerification(false, 0, null, problem, checkpoint.id(), checkpointsVerified,
                        0);
                return;
            }
            anchors.put(checkpoint.seq(), checkpoint);
            checkpointsVerified++;
            previous = checkpoint;
        }
    }

    private static String problemOf(Checkpoint checkpoint, Checkpoint previous, CheckpointSeal seal) {
        var opened = seal.open(checkpoint.signed());
        if (opened.isEmpty()) {
            return "audit.verify.checkpoint-signature";
        }
        var statement = Checkpoint.Statement.parse(opened.get().content());
        if (statement.isEmpty() || !statement.get().equals(new Checkpoint.Statement(checkpoint.id(), checkpoint.seq(),
                checkpoint.hash(), checkpoint.takenAt(), statement.get().previous()))) {
            return "audit.verify.checkpoint-altered";
        }
        if (!statement.get().previous().equals(Checkpoint.Statement.previousOf(previous))) {
            return "audit.verify.checkpoint-missing";
        }
        return null;
    }

    /** Takes the next entry in sequence order; false once the chain is found broken (the rest need not be read). */
    boolean accept(AuditEntry entry) {
        if (chainProblem != null) {
            return false;
        }
        if (entry.seq() != expectedSeq) {
            chainProblem = ChainVerification.broken(checked, expectedSeq, "audit.verify.missing-entry");
        } else if (!entry.prevHash().equals(expectedPrev)) {
            chainProblem = ChainVerification.broken(checked, entry.seq(), "audit.verify.broken-link");
        } else if (!entry.computeHash().equals(entry.hash())) {
            chainProblem = ChainVerification.broken(checked, entry.seq(), "audit.verify.altered-entry");
        } else {
            Checkpoint anchor = anchors.get(entry.seq());
            if (anchor != null && !anchor.hash().equals(entry.hash())) {
                // the chain is consistent in itself but differs from what was signed: it was recomputed
                chainProblem = ChainVerification.broken(checked, entry.seq(), "audit.verify.rewritten")
                        .at(anchor.id(), checkpointsVerified, 0);
            }
        }
        if (chainProblem != null) {
            return false;
        }
        expectedPrev = entry.hash();
        expectedSeq++;
        checked++;
        return true;
    }

    ChainVerification result() {
        if (chainProblem != null) {
            return chainProblem;
        }
        if (checkpointProblem != null) {
            return checkpointProblem;
        }
        long last = expectedSeq - 1;
        for (Checkpoint anchor : anchors.values()) {
            if (anchor.seq() > last) {
                return ChainVerification.broken(checked, last + 1, "audit.verify.tail-missing")
                        .at(anchor.id(), checkpointsVerified, lastAnchoredSeq());
            }
        }
        return ChainVerification.intact(checked, checkpointsVerified, lastAnchoredSeq());
    }

    private long lastAnchoredSeq() {
        return anchors.isEmpty() ? 0 : anchors.lastKey();
    }
}
