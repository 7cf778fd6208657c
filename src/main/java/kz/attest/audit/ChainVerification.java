package kz.attest.audit;

/**
 * The outcome of walking the audit chain.
 *
 * @param intact         whether every entry links to its predecessor and matches its hash
 * @param entriesChecked entries verified before the first problem (or all of them)
 * @param firstBrokenSeq the sequence number of the first broken entry, or {@code null} when intact
 * @param reason         a message key naming the kind of break, or {@code null} when intact
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason) {

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification broken(long checked, long seq, String reason) {
        return new ChainVerification(false, checked, seq, reason);
    }
}
