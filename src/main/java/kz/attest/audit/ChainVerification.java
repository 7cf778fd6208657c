package kz.attest.audit;

/**
 * The outcome of walking the audit chain and comparing it with the signed checkpoints.
 *
 * @param intact              whether every entry links to its predecessor and matches its hash, every checkpoint is
 *                            validly signed, and the chain still holds every checkpointed head
 * @param entriesChecked      entries verified before the first problem (or all of them)
 * @param firstBrokenSeq      the sequence number where the chain is broken (for a deleted tail: the first missing
 *                            entry), or {@code null}
 * @param reason              a message key naming the kind of break, or {@code null} when intact
 * @param checkpointId        the checkpoint that reveals the break (or is itself broken), or {@code null}
 * @param checkpointsVerified checkpoints whose signature was verified before the first problem (or all of them)
 * @param anchoredSeq         the newest entry a valid checkpoint vouches for ({@code 0} when none); entries after it
 *                            rest on the hash chain alone until the next checkpoint
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason,
                                Long checkpointId, long checkpointsVerified, long anchoredSeq) {

    static ChainVerification intact(long checked, long checkpoints, long anchoredSeq) {
        return new ChainVerification(true, checked, null, null, null, checkpoints, anchoredSeq);
    }

    static ChainVerification broken(long checked, long seq, String reason) {
        return new ChainVerification(false, checked, seq, reason, null, 0, 0);
    }

    ChainVerification at(Long checkpoint, long checkpoints, long anchored) {
        return new ChainVerification(intact, entriesChecked, firstBrokenSeq, reason, checkpoint, checkpoints, anchored);
    }
}
