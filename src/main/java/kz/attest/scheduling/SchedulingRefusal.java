package kz.attest.scheduling;

import kz.attest.web.Refusal;

/**
 * A refusal of exam-day planning, check-in or seating (issue 15 point 4): the kind of refusal and a message key of {@code i18n/scheduling}; the web layer alone chooses
 * the status.
 */
final class SchedulingRefusal extends Refusal {

    SchedulingRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
