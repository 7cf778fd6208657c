package kz.attest.application;

import kz.attest.catalogue.DeadlineStep;
import kz.attest.catalogue.ServiceCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An application with its full dated history, its documents and what can be done now. */
public record ApplicationView(long id, UUID draftId, String registrationNumber, String applicantIin,
                              ServiceCode service, String providerId, ApplicationStatus status, Instant receivedAt,
                              Instant hearingAt, String hearingPlace, DeadlineStep pendingStep, LocalDate pendingDue,
                              boolean overdue, List<HistoryEntry> history, List<DocumentView> documents) {

    /** Whether the applicant may still withdraw it. */
    public boolean withdrawable() {
        return status.isOpen();
    }

    /** When it was received, in Almaty time. */
    public java.time.LocalDateTime receivedLocal() {
        return java.time.LocalDateTime.ofInstant(receivedAt, kz.attest.calendar.WorkingCalendar.ZONE);
    }

    /** When the hearing is held, in Almaty time, or {@code null}. */
    public java.time.LocalDateTime hearingLocal() {
        return hearingAt == null ? null : java.time.LocalDateTime.ofInstant(hearingAt, kz.attest.calendar.WorkingCalendar.ZONE);
    }

    /** Message key of the pending step's name, or {@code null}. */
    public String pendingStepKey() {
        return pendingStep == null ? null : LegalDeadlines.stepKey(pendingStep);
    }
}
