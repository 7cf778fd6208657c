package kz.attest.application;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.DeadlineStep;
import kz.attest.web.Refusal.Kind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How far before the test day an application must be filed (¶58) and the person told (¶30), from the catalogue's terms. */
final class TestDayRules {

    private TestDayRules() {
    }

    /**
     * ¶58: where the service requires the application a number of working days before the test, a test on
     * {@code testAt} must leave that many working days after the day the application was filed; otherwise 409 naming
     * the last permitted filing day. Nothing is checked when the test date is unknown (set by the operator).
     */
    static void filedInTime(Instant receivedAt, Instant testAt, LegalDeadlines deadlines) {
        if (testAt == null) {
            return;
        }
        LocalDate filed = receivedAt.atZone(WorkingCalendar.ZONE).toLocalDate();
        LocalDate testDay = testAt.atZone(WorkingCalendar.ZONE).toLocalDate();
        deadlines.latestBefore(DeadlineStep.APPLICATION_BEFORE_TEST, testDay).ifPresent(last -> {
            if (filed.isAfter(last.date())) {
                throw new ApplicationRefusal(Kind.WRONG_STATE, "application.error.filed-too-late-for-test", last.date().toString(),
                        testDay.toString());
            }
        });
    }

    /**
     * ¶30: where the service requires the person to be told a number of calendar days before the attestation (the
     * forensic attestation, also outside campaigns), an admission with a test on {@code testAt} must leave that
     * notice from today; otherwise 409 naming the earliest permitted test day. Nothing is checked when the test date
     * is unknown (set by the operator).
     */
    static void noticeLongEnough(Instant testAt, Instant now, LegalDeadlines deadlines) {
        if (testAt == null) {
            return;
        }
        LocalDate today = now.atZone(WorkingCalendar.ZONE).toLocalDate();
        LocalDate testDay = testAt.atZone(WorkingCalendar.ZONE).toLocalDate();
        deadlines.lastDayBefore(DeadlineStep.ADMISSION_NOTICE, testDay)
                .filter(last -> deadlines.isCalendarRule(DeadlineStep.ADMISSION_NOTICE))
                .ifPresent(last -> {
                    if (today.isAfter(last.date())) {
                        throw new ApplicationRefusal(Kind.WRONG_STATE, "application.error.notice-too-short", testDay.toString(),
                                today.plusDays(ChronoUnit.DAYS.between(last.date(), testDay))
                                        .toString());
                    }
                });
    }
}
