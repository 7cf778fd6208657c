package kz.attest.application;

import kz.attest.web.Refusal.Kind;


import java.time.Instant;
import java.time.LocalDateTime;

/**
 * What an admitted applicant is told (¶8, ¶33, ¶58, ¶83): the test's place, date and time and the procedure, or that
 * the testing operator will set them (its schedule is not known at admission).
 *
 * @param byOperator the place, date and time are to be set by the testing operator
 */
record AdmissionDetails(String place, Instant testAt, String procedure, boolean byOperator) {

    public AdmissionDetails {
        place = place == null || place.isBlank() ? null : place.strip();
        procedure = procedure == null || procedure.isBlank() ? null : procedure.strip();
    }

    /** The operator will set place, date and time. */
    public static AdmissionDetails byTheOperator(String procedure) {
        return new AdmissionDetails(null, null, procedure, true);
    }

    /** Refuses (400) details that name neither a place and a future time nor the operator. */
    AdmissionDetails check(Instant now) {
        if (byOperator) {
            return new AdmissionDetails(null, null, procedure, true);
        }
        if (place == null || testAt == null) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.admission.place-and-time-required");
        }
        if (!testAt.isAfter(now)) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.admission.test-in-past");
        }
        if (place.length() > 500 || procedure != null && procedure.length() > 4000) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.admission.too-long");
        }
        return this;
    }

    /** The test's time in Almaty, or {@code null}. */
    public LocalDateTime testAtLocal() {
        return testAt == null ? null : LocalDateTime.ofInstant(testAt, kz.attest.calendar.WorkingCalendar.ZONE);
    }
}
