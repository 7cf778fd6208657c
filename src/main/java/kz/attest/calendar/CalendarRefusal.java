package kz.attest.calendar;

import kz.attest.web.LocalizedException;
import org.springframework.http.HttpStatus;

/** A calendar request or edit refused for a named reason, shown in the user's language. */
class CalendarRefusal extends LocalizedException {

    CalendarRefusal(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }

    static CalendarRefusal invalid(String messageKey, Object... arguments) {
        return new CalendarRefusal(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
