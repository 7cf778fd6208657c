package kz.attest.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One sitting in the provider's results register (¶24): the stages scored so far, whether the sitting is complete and
 * passed, and the day by which the provider has the results (one working day after the last stage).
 */
public record ResultEntry(UUID sittingId, Long applicationId, long accountId, String providerId, String service,
                          Instant lastStageAt, LocalDate dueDate, Instant completedAt, Boolean passed,
                          List<Stage> stages) {

    public ResultEntry {
        stages = List.copyOf(stages);
    }

    /** A scored stage: correct of total against the catalogue's threshold (¶47, ¶72, ¶95). */
    public record Stage(int stage, int correct, int total, int threshold, boolean passed, Instant finishedAt) {
    }
}
