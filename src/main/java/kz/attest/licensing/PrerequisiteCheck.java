package kz.attest.licensing;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@link LicencePrerequisites}: met with the document's number, or the reason it is not.
 *
 * @param outcome            met, or why not
 * @param documentNumber     the document that meets it (or the one that is expired, revoked or too narrow)
 * @param validUntil         its end of validity, if any
 * @param missingSpecialties the specialties asked for that no valid document covers
 */
public record PrerequisiteCheck(Outcome outcome, String documentNumber, LocalDate validUntil,
                                List<String> missingSpecialties) {

    public PrerequisiteCheck {
        missingSpecialties = missingSpecialties == null ? List.of() : List.copyOf(missingSpecialties);
    }

    /** Met, or the first reason it is not. */
    public enum Outcome { MET, MISSING, EXPIRED, REVOKED, SUPERSEDED, SPECIALTIES_NOT_COVERED }

    public boolean met() {
        return outcome == Outcome.MET;
    }

    public static PrerequisiteCheck met(String number, LocalDate validUntil) {
        return new PrerequisiteCheck(Outcome.MET, number, validUntil, List.of());
    }

    public static PrerequisiteCheck missing() {
        return new PrerequisiteCheck(Outcome.MISSING, null, null, List.of());
    }
}
