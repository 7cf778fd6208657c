package kz.attest.delivery;

import kz.attest.catalogue.ServiceCode;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A candidate's sitting ended: the last stage was scored, or a stage was failed so the next one does not open
 * (¶22, ¶46, ¶71). The provider receives the results of each stage from {@link StageScored} (¶24).
 *
 * @param passed whether every stage the candidate sat was passed
 */
public record SittingCompleted(UUID sittingId, Optional<Long> applicationId, long accountId, ServiceCode service,
                               boolean passed, Instant completedAt) {
}
