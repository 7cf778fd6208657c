package kz.attest.scheduling;

import kz.attest.catalogue.ServiceCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A candidate assigned to a session did not appear (¶27, ¶54, ¶75, ¶98): the proctor marked the absence at the
 * session's end, and the provider learns of it the same day through this event. Published in that transaction.
 *
 * @param providerId       the organisation that admitted the candidate and now decides on a valid-reason request
 * @param validReasonUntil the last day the applicant may file a valid-reason request (the catalogue's no-show window)
 * @param countsAsFailure  whether, without a valid reason, the attestation counts as failed (¶98) rather than refused
 */
public record CandidateAbsent(UUID sittingId, UUID sessionId, long applicationId, long accountId, ServiceCode service,
                              String providerId, LocalDate testDate, Optional<LocalDate> validReasonUntil,
                              boolean countsAsFailure, Instant markedAt, String proctor) {
}
