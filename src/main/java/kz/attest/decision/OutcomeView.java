package kz.attest.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A decision or certificate that ends an application (seed 000 appendices 1–5), as the provider, the applicant and the
 * registry see it. {@code status} is its life (PREPARED, SIGNED, SUPERSEDED, REVOKED); {@code standing} what the
 * registry shows on a given day (VALID, EXPIRED, REVOKED, SUPERSEDED; PREPARED before signing).
 */
public record OutcomeView(UUID id, long applicationId, String number, String service, String providerId, String form,
                          String variant, boolean passed, String fullName, List<String> specialties,
                          LocalDate decidedOn, LocalDate validUntil, String status, String standing,
                          Instant preparedAt, String preparedBy, Instant signedAt, String signedBy, String signerName,
                          UUID supersedesId, String correctionReason, Instant revokedAt, String revokedReason,
                          int version) {

    public OutcomeView {
        specialties = List.copyOf(specialties);
    }

    /** Message key of the standing, e.g. {@code decision.outcome.standing.valid}. */
    public String standingKey() {
        return "decision.outcome.standing." + standing.toLowerCase(java.util.Locale.ROOT);
    }
}
