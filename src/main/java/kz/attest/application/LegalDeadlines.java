package kz.attest.application;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.DeadlineAnchor;
import kz.attest.catalogue.DeadlineRule;
import kz.attest.catalogue.DeadlineStep;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Term;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The legal deadlines of one service: the catalogue's deadline table counted with the working-day calendar. A step
 * is due {@code term} after its anchor event; a receipt after working hours, on a weekend or a holiday counts from
 * the next working day (¶4, ¶35, ¶60). Steps counted backwards from a future event (a rule with direction
 * {@code BEFORE}) or anchored on an event that has not happened yet have no date here.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class LegalDeadlines {

    private final ServiceDefinition service;
    private final WorkingCalendar calendar;

    /** The last day of the first of {@code steps} the service has a countable rule for. */
    Optional<Due> firstDue(Map<DeadlineAnchor, Instant> anchors, DeadlineStep... steps) {
        for (DeadlineStep step : steps) {
            Optional<Due> due = due(step, anchors);
            if (due.isPresent()) {
                return due;
            }
        }
        return Optional.empty();
    }

    /** The last day of the step, when the service sets it and its anchor event has happened. */
    Optional<Due> due(DeadlineStep step, Map<DeadlineAnchor, Instant> anchors) {
        return service.deadline(step)
                .filter(rule -> rule.direction() == DeadlineRule.Direction.AFTER)
                .filter(rule -> anchors.containsKey(rule.anchor()))
                .flatMap(rule -> count(rule, anchors.get(rule.anchor())))
                .map(date -> new Due(step, date));
    }

    /**
     * The last day a step counted backwards from a future event may be done on (a rule with direction {@code BEFORE}
     * in working days, e.g. ¶58's application 3 working days before the test), when the service sets one.
     */
    Optional<Due> latestBefore(DeadlineStep step, LocalDate eventDay) {
        return service.deadline(step)
                .filter(rule -> rule.direction() == DeadlineRule.Direction.BEFORE)
                .filter(rule -> rule.term().unit() == kz.attest.catalogue.TermUnit.WORKING_DAYS)
                .map(rule -> new Due(step, calendar.subtractWorkingDays(eventDay, rule.term().amount())));
    }

    /**
     * The last day a step counted backwards from a future event may be done on, in working days or calendar days
     * (¶30: the notice 30 calendar days before the attestation; ¶37, ¶62: the hearing notice 3 working days before the
     * service term ends), when the service sets such a rule.
     */
    Optional<Due> lastDayBefore(DeadlineStep step, LocalDate eventDay) {
        return service.deadline(step)
                .filter(rule -> rule.direction() == DeadlineRule.Direction.BEFORE)
                .flatMap(rule -> switch (rule.term().unit()) {
                    case WORKING_DAYS -> Optional.of(calendar.subtractWorkingDays(eventDay, rule.term().amount()));
                    case CALENDAR_DAYS, MONTHS, YEARS -> Optional.of(rule.term().before(eventDay));
                    case MINUTES -> Optional.<LocalDate>empty();
                })
                .map(date -> new Due(step, date));
    }

    /** Whether the service's rule for the step is counted backwards in calendar days (¶30). */
    boolean isCalendarRule(DeadlineStep step) {
        return service.deadline(step).filter(rule -> rule.direction() == DeadlineRule.Direction.BEFORE)
                .map(rule -> rule.term().unit() == kz.attest.catalogue.TermUnit.CALENDAR_DAYS).orElse(false);
    }

    private Optional<LocalDate> count(DeadlineRule rule, Instant anchor) {
        Term term = rule.term();
        LocalDate day = anchor.atZone(WorkingCalendar.ZONE).toLocalDate();
        return switch (term.unit()) {
            case WORKING_DAYS -> Optional.of(rule.anchor() == DeadlineAnchor.RECEIPT
                    ? receiptDeadline(anchor, term.amount())
                    : calendar.addWorkingDays(day, term.amount()));
            case CALENDAR_DAYS, MONTHS, YEARS -> Optional.of(term.after(rule.anchor() == DeadlineAnchor.RECEIPT
                    ? calendar.receiptDay(anchor) : day));
            case MINUTES -> Optional.empty();
        };
    }

    private LocalDate receiptDeadline(Instant received, int workingDays) {
        // a term of 0 working days (licences: registration on the day of receipt) is the receipt day itself
        return workingDays == 0 ? calendar.receiptDay(received) : calendar.addWorkingDays(received, workingDays);
    }

    static String stepKey(DeadlineStep step) {
        return "application.step." + step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A step and the last day it may be done on. */
    record Due(DeadlineStep step, LocalDate date) {
    }
}
