package kz.attest.campaign;

import java.time.LocalDate;

/**
 * A forensic expert of the Centre's register. Attested every five years after the last attestation (or, never
 * attested, after the start of the activity), except an expert with more than twenty years of activity (seed 001,
 * Law "On Forensic Expert Activity" art. 22).
 */
record Expert(long id, String providerId, String iin, String surname, String givenName, String patronymic,
                     ExpertKind kind, String specialty, LocalDate activityStart, LocalDate lastAttestation) {

    static final int PERIOD_YEARS = 5;
    static final int EXEMPT_AFTER_YEARS = 20;

    /** The day the next regular attestation falls due. */
    public LocalDate dueFrom() {
        return (lastAttestation != null ? lastAttestation : activityStart).plusYears(PERIOD_YEARS);
    }

    /** Whether on {@code date} the expert has practised for more than twenty years, and is no longer attested. */
    public boolean exemptOn(LocalDate date) {
        return activityStart.plusYears(EXEMPT_AFTER_YEARS).isBefore(date);
    }

    /** Whether a regular attestation on {@code date} is due for the expert. */
    public boolean dueOn(LocalDate date) {
        return !exemptOn(date) && !dueFrom().isAfter(date);
    }

    public String fullName() {
        return (surname + " " + givenName + (patronymic == null || patronymic.isBlank() ? "" : " " + patronymic)).strip();
    }
}
