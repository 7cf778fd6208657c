package kz.attest.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A no-show (¶27, ¶54, ¶75, ¶98): the missed test, the last day for a valid-reason request, the request with its
 * documents and the provider's decision.
 *
 * @param status ABSENT (no request yet), REQUESTED, APPROVED (back to the admitted pool) or REFUSED
 */
record NoShowView(UUID sittingId, long applicationId, String service, String providerId, LocalDate testDate,
                         LocalDate validReasonUntil, boolean countsAsFailure, String status, String reason,
                         String explanation, Instant requestedAt, Instant decidedAt, String decidedBy,
                         String decisionNote, List<Document> documents) {

    public NoShowView {
        documents = List.copyOf(documents);
    }

    /** Whether the applicant may still file a request on {@code today}. */
    public boolean requestOpen(LocalDate today) {
        return "ABSENT".equals(status) && validReasonUntil != null && !today.isAfter(validReasonUntil);
    }

    public record Document(UUID id, String fileName, String contentType, String sha256) {
    }
}
