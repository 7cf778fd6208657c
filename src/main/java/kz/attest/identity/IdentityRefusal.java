package kz.attest.identity;

import kz.attest.web.Refusal;

/**
 * A request the identity module refuses (issue 15, point 4): the kind of refusal, a message key of the module's bundle and
 * its arguments. The web layer alone turns the kind into a status ({@code web.ApiExceptionHandler.statusOf}).
 */
final class IdentityRefusal extends Refusal {

    IdentityRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    /** The caller's input is wrong (400); nothing was stored. */
    static IdentityRefusal badInput(String messageKey, Object... arguments) {
        return new IdentityRefusal(Kind.BAD_INPUT, messageKey, arguments);
    }

    /** The caller may not do this (403). */
    static IdentityRefusal notAllowed(String messageKey, Object... arguments) {
        return new IdentityRefusal(Kind.NOT_ALLOWED, messageKey, arguments);
    }

    /** No such object, or none the caller may know of (404). */
    static IdentityRefusal notFound(String messageKey, Object... arguments) {
        return new IdentityRefusal(Kind.NOT_FOUND, messageKey, arguments);
    }

    /** The object is not in a state for this (409). */
    static IdentityRefusal wrongState(String messageKey, Object... arguments) {
        return new IdentityRefusal(Kind.WRONG_STATE, messageKey, arguments);
    }
}
