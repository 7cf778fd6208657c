package kz.attest.licensing;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.DeadlineAnchor;
import kz.attest.catalogue.DeadlineRule;
import kz.attest.catalogue.DeadlineStep;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Term;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The provider's steps of a licence request as the catalogue's deadline table lists them (seed 003 ¶6 and appendix 2,
 * seed 004 appendix 2 ¶7), in order, for the procedure (issue or re-issue), and each step's due instant counted from
 * its anchor: minutes of working time (the 30-minute steps of seed 004), "the same working day" (0 working days), or
 * working days ending when working hours end.
 */
final class LegalSteps {

    /** Which anchor completing a step reaches (the catalogue's anchors, not a service's code). */
    private static final Map<DeadlineStep, DeadlineAnchor> REACHES = Map.of(
            DeadlineStep.REGISTER, DeadlineAnchor.REGISTRATION,
            DeadlineStep.ASSIGN_OFFICER, DeadlineAnchor.ASSIGNMENT,
            DeadlineStep.COMPLETENESS_CHECK, DeadlineAnchor.COMPLETENESS_CONFIRMED,
            DeadlineStep.QUALIFICATION_CHECK, DeadlineAnchor.LICENCE_PREPARED,
            DeadlineStep.LICENCE_PREPARATION, DeadlineAnchor.LICENCE_PREPARED,
            DeadlineStep.LICENCE_APPROVAL, DeadlineAnchor.LICENCE_APPROVED);

    private final List<DeadlineRule> rules;
    private final WorkingCalendar calendar;

    LegalSteps(ServiceDefinition service, LicenceRequest.Kind kind, WorkingCalendar calendar) {
        DeadlineRule.Variant variant = kind == LicenceRequest.Kind.REISSUE ? DeadlineRule.Variant.REISSUE
                : DeadlineRule.Variant.ISSUE;
        this.rules = service.deadlines().stream()
                .filter(rule -> rule.direction() == DeadlineRule.Direction.AFTER)
                .filter(rule -> service.deadline(rule.step(), variant).orElse(null) == rule)
                .toList();
        this.calendar = calendar;
    }

    List<DeadlineRule> rules() {
        return rules;
    }

    Optional<DeadlineRule> rule(DeadlineStep step) {
        return rules.stream().filter(r -> r.step() == step).findFirst();
    }

    static boolean reaches(DeadlineStep step, DeadlineAnchor anchor) {
        return REACHES.get(step) == anchor;
    }

    /** The instant a term counted from {@code from} ends. */
    Instant due(Term term, Instant from) {
        return switch (term.unit()) {
            case MINUTES -> calendar.addWorkingMinutes(from, term.amount());
            case WORKING_DAYS -> calendar.endOfWorkingDay(term.amount() == 0
                    ? calendar.receiptDay(from) : calendar.addWorkingDays(from, term.amount()));
            case CALENDAR_DAYS, MONTHS, YEARS -> calendar.endOfWorkingDay(
                    term.after(from.atZone(WorkingCalendar.ZONE).toLocalDate()));
        };
    }

    LocalDate today(Instant now) {
        return now.atZone(WorkingCalendar.ZONE).toLocalDate();
    }
}
