package kz.attest.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One sitting in the provider's results register (¶24): the stages scored so far, whether the sitting is complete and
 * passed, and the day by which the provider has the results (one working day after the last stage).
 */
record ResultEntry(UUID sittingId, Long applicationId, long accountId, String providerId, String service,
                          Instant lastStageAt, LocalDate dueDate, Instant completedAt, Boolean passed,
                          List<Stage> stages, Interview interview) {

    public ResultEntry {
        stages = List.copyOf(stages);
    }

    /**
     * The commission interview's outcome where the service has one (seeds 001, 002), once the chair signed the
     * protocol; null otherwise.
     */
    public record Interview(boolean passed, boolean decidedByChair, Instant concludedAt) {
    }

    /** A scored stage: correct of total against the catalogue's threshold (¶47, ¶72, ¶95). */
    public record Stage(int stage, int correct, int total, int threshold, boolean passed, Instant finishedAt) {
    }
}
