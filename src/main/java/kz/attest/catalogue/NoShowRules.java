package kz.attest.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A candidate who does not appear: with a valid reason (illness, death of a close relative, force majeure) and a
 * request filed within {@code validReasonWindow} another day is set; without one the service is refused, or — where
 * {@code countsAsFailure} — the attestation counts as failed (patent attorneys, ¶98).
 */
public record NoShowRules(Term validReasonWindow,
                          @JsonProperty(required = true) boolean countsAsFailure,
                          LegalRef ref) {
}
