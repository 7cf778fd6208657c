package kz.attest.application;

import kz.attest.catalogue.QualificationRequirement.RegistryKind;

import java.time.Instant;

/** One check of the applicant against an external registry: what it answered, who asked and when. */
record RegistryCheckView(long id, RegistryKind registry, RegistryOutcome outcome, String details,
                                String checkedBy, Instant checkedAt) {

    /** Whether the registry did not answer (the officer may retry). */
    public boolean unavailable() {
        return outcome == RegistryOutcome.UNAVAILABLE;
    }

    /** When it was checked, in Almaty time. */
    public java.time.LocalDateTime checkedLocal() {
        return java.time.LocalDateTime.ofInstant(checkedAt, kz.attest.calendar.WorkingCalendar.ZONE);
    }
}
