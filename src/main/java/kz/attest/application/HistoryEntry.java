package kz.attest.application;

import kz.attest.catalogue.DeadlineStep;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated step of an application: who moved it to which status and when, the legal deadline that action had, and
 * the next step's deadline it started (lifecycle.md: "every step records who did it, when, and the legal deadline").
 *
 * @param deadlineHad the last day the action was due, or {@code null} when the law sets none
 * @param nextStep    the provider's next step with a legal deadline, or {@code null}
 * @param nextDue     its last day, or {@code null}
 * @param note        missing documents, the reason of a refusal, hearing details
 */
record HistoryEntry(ApplicationStatus status, String actor, Instant at, LocalDate deadlineHad,
                           DeadlineStep nextStep, LocalDate nextDue, String note) {

    /** Whether the action came after its deadline (counted by the action's calendar day in Almaty). */
    public boolean late() {
        return deadlineHad != null && at.atZone(kz.attest.calendar.WorkingCalendar.ZONE).toLocalDate().isAfter(deadlineHad);
    }

    /** When it happened, in Almaty time. */
    public java.time.LocalDateTime localTime() {
        return java.time.LocalDateTime.ofInstant(at, kz.attest.calendar.WorkingCalendar.ZONE);
    }

    /** Message key of the next step's name. */
    public String nextStepKey() {
        return nextStep == null ? null : LegalDeadlines.stepKey(nextStep);
    }
}
