package kz.attest.delivery;

import kz.attest.catalogue.ServiceCode;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A scored stage was scored again because a question it showed was invalidated on an act of technical failure
 * (seed 000 ¶26): the question counts in the candidate's favour. The original score is kept beside the new one.
 *
 * @param nextStageToPlan the stage the candidate is now admitted to (¶26: stage 1 now reaches the threshold), to be
 *                        sat at a new session; empty when nothing opens
 */
public record StageRescored(UUID attemptId, UUID sittingId, Optional<Long> applicationId, long accountId,
                            ServiceCode service, int stage, int originalCorrect, int correct, int total, int threshold,
                            boolean originallyPassed, boolean passed, Optional<Integer> nextStageToPlan,
                            UUID invalidatedItemId, String actReference, Instant rescoredAt) {
}
