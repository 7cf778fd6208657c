package kz.attest.delivery;

import kz.attest.catalogue.ServiceCode;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A scored stage was scored again because a question it showed was invalidated on an act of technical failure
 * (seed 000 ¶26): the question counts in the candidate's favour. The original score is kept beside the new one.
 *
 * A stage that showed a case (practical task) invalidated on such an act is voided instead (¶26: "faults in the
 * practical tasks send the candidate to stage 2 again"): the score is unchanged, {@code passed} is false and
 * {@code nextStageToPlan} is that same stage; {@code invalidatedItemId} then holds the case's id.
 *
 * @param nextStageToPlan the stage the candidate is now admitted to (¶26: stage 1 now reaches the threshold), or the
 *                        voided stage to sit again, at a new session; empty when nothing opens
 */
public record StageRescored(UUID attemptId, UUID sittingId, Optional<Long> applicationId, long accountId,
                            ServiceCode service, int stage, int originalCorrect, int correct, int total, int threshold,
                            boolean originallyPassed, boolean passed, Optional<Integer> nextStageToPlan,
                            UUID invalidatedItemId, String actReference, Instant rescoredAt) {
}
