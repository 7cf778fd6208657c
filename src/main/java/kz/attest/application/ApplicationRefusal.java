package kz.attest.application;

import kz.attest.web.Refusal;

/**
 * A request the application module refuses (issue 15, point 4): the kind of refusal, a message key of the
 * module's bundle and its arguments. The web layer alone turns the kind into a status
 * ({@code web.ApiExceptionHandler.statusOf}).
 */
final class ApplicationRefusal extends Refusal {

    ApplicationRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    /** The caller's input is wrong (400); nothing was stored. */
    static ApplicationRefusal badInput(String messageKey, Object... arguments) {
        return new ApplicationRefusal(Kind.BAD_INPUT, messageKey, arguments);
    }

    /** The caller may not do this (403). */
    static ApplicationRefusal notAllowed(String messageKey, Object... arguments) {
        return new ApplicationRefusal(Kind.NOT_ALLOWED, messageKey, arguments);
    }

    /** No such object, or none the caller may know of (404). */
    static ApplicationRefusal notFound(String messageKey, Object... arguments) {
        return new ApplicationRefusal(Kind.NOT_FOUND, messageKey, arguments);
    }

    /** The object is not in a state for this (409). */
    static ApplicationRefusal wrongState(String messageKey, Object... arguments) {
        return new ApplicationRefusal(Kind.WRONG_STATE, messageKey, arguments);
    }
}
