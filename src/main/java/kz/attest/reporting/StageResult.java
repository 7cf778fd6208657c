package kz.attest.reporting;

/**
 * One stage's line on a results sheet.
 *
 * @param threshold the pass threshold in percent, as the catalogue states it
 */
public record StageResult(int number, int correct, int total, int threshold, boolean passed) {

    public StageResult {
        if (number < 1 || total < 1 || correct < 0 || correct > total || threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("Impossible stage result " + correct + "/" + total + " at " + threshold + "%");
        }
    }

    /** The share correct in whole percent, rounded down, so a printed figure never overstates a score. */
    public int percent() {
        return (int) ((long) correct * 100 / total);
    }
}
