package kz.attest.delivery;

import kz.attest.catalogue.ServiceCode;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A stage of a candidate's sitting was scored automatically at its finish (¶47, ¶72, ¶95): {@code correct} of
 * {@code total} against the catalogue's threshold, compared as integers.
 */
public record StageScored(UUID attemptId, UUID sittingId, Optional<Long> applicationId, long accountId,
                          ServiceCode service, int stage, int correct, int total, int threshold, boolean passed,
                          Instant finishedAt) {
}
