package kz.attest.application;

import kz.attest.catalogue.DeadlineStep;
import kz.attest.catalogue.ServiceCode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One open step of the provider's SLA view.
 *
 * @param officer   who acted on the application last, or {@code null} while nobody has taken it (awaits registration)
 * @param flaggedAt when the overdue job flagged this step, or {@code null}
 */
record SlaStep(long applicationId, String registrationNumber, ServiceCode service, ApplicationStatus status,
                      DeadlineStep step, LocalDate due, String officer, boolean dueToday, boolean overdue,
                      Instant flaggedAt) {

    /** Message key of the step's name, or {@code null}. */
    public String stepKey() {
        return step == null ? null : LegalDeadlines.stepKey(step);
    }

    /** When it was flagged, in Almaty time, or {@code null}. */
    public java.time.LocalDateTime flaggedLocal() {
        return flaggedAt == null ? null : java.time.LocalDateTime.ofInstant(flaggedAt, kz.attest.calendar.WorkingCalendar.ZONE);
    }
}
