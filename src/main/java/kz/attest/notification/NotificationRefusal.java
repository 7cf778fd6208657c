package kz.attest.notification;

import kz.attest.web.Refusal;

/**
 * A request the notification module refuses (issue 15, point 4): the kind of refusal, a message key of the module's bundle and
 * its arguments. The web layer alone turns the kind into a status ({@code web.ApiExceptionHandler.statusOf}).
 */
final class NotificationRefusal extends Refusal {

    NotificationRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    /** The caller's input is wrong (400); nothing was stored. */
    static NotificationRefusal badInput(String messageKey, Object... arguments) {
        return new NotificationRefusal(Kind.BAD_INPUT, messageKey, arguments);
    }

    /** The caller may not do this (403). */
    static NotificationRefusal notAllowed(String messageKey, Object... arguments) {
        return new NotificationRefusal(Kind.NOT_ALLOWED, messageKey, arguments);
    }

    /** No such object, or none the caller may know of (404). */
    static NotificationRefusal notFound(String messageKey, Object... arguments) {
        return new NotificationRefusal(Kind.NOT_FOUND, messageKey, arguments);
    }

    /** The object is not in a state for this (409). */
    static NotificationRefusal wrongState(String messageKey, Object... arguments) {
        return new NotificationRefusal(Kind.WRONG_STATE, messageKey, arguments);
    }
}
