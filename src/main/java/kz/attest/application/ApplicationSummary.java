package kz.attest.application;

import kz.attest.catalogue.DeadlineStep;
import kz.attest.catalogue.ServiceCode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the cabinet's "My applications" or of the provider's queue.
 *
 * @param pendingStep the provider's next step with a legal deadline, or {@code null}
 * @param pendingDue  its last day, or {@code null}
 * @param overdue     whether that day has passed
 */
public record ApplicationSummary(long id, String registrationNumber, ServiceCode service, String providerId,
                                 ApplicationStatus status, Instant receivedAt, DeadlineStep pendingStep,
                                 LocalDate pendingDue, boolean overdue, String applicantIin, String applicantName) {

    static ApplicationSummary of(Application application, LocalDate today) {
        return of(application, today, null);
    }

    /** With the applicant's name (the provider's queue, issue 14). */
    static ApplicationSummary of(Application application, LocalDate today, String applicantName) {
        return new ApplicationSummary(application.id(), application.registrationNumber(), application.service(),
                application.providerId(), application.status(), application.receivedAt(),
                application.pendingStep().orElse(null), application.pendingDue().orElse(null),
                application.overdueOn(today), application.applicantIin(), applicantName);
    }

    /** When it was received, in Almaty time. */
    public java.time.LocalDateTime receivedLocal() {
        return java.time.LocalDateTime.ofInstant(receivedAt, kz.attest.calendar.WorkingCalendar.ZONE);
    }

    /** Message key of the pending step's name, or {@code null}. */
    public String pendingStepKey() {
        return pendingStep == null ? null : LegalDeadlines.stepKey(pendingStep);
    }
}
