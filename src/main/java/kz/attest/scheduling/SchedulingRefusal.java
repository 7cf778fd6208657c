package kz.attest.scheduling;

import kz.attest.web.Refusal;

/**
 * A refusal of exam-day planning, check-in or seating (issue 15 point 4): the kind of refusal and a message key of {@code i18n/scheduling}; the web layer alone chooses
 * the status.
 */
final class SchedulingRefusal extends Refusal {

    private SchedulingRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    /** The caller's input is wrong; nothing was stored. */
    static SchedulingRefusal invalid(String messageKey, Object... arguments) {
        return new SchedulingRefusal(Kind.BAD_INPUT, messageKey, arguments);
    }

    /** The object is not in a state for this. */
    static SchedulingRefusal wrongState(String messageKey, Object... arguments) {
        return new SchedulingRefusal(Kind.WRONG_STATE, messageKey, arguments);
    }

    /** The caller may not do this. */
    static SchedulingRefusal notAllowed(String messageKey, Object... arguments) {
        return new SchedulingRefusal(Kind.NOT_ALLOWED, messageKey, arguments);
    }

    /** The object does not exist (or is not the caller's to know about). */
    static SchedulingRefusal notFound(String messageKey, Object... arguments) {
        return new SchedulingRefusal(Kind.NOT_FOUND, messageKey, arguments);
    }
}
