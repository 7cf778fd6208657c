package kz.attest.calendar;

import kz.attest.web.Refusal;

/**
 * A calendar request or edit refused for a named reason, shown in the user's language (issue 15, point 4: the kind,
 * not an HTTP status; the web layer chooses the status).
 */
final class CalendarRefusal extends Refusal {

    CalendarRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    static CalendarRefusal invalid(String messageKey, Object... arguments) {
        return new CalendarRefusal(Kind.BAD_INPUT, messageKey, arguments);
    }
}
