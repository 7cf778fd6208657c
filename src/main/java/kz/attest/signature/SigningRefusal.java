package kz.attest.signature;

import kz.attest.web.Refusal;

/**
 * A request the signature module refuses about keys, certificates and the PKI pages (issue 15, point 4): the kind of
 * refusal, a message key of the module's bundle and its arguments; a signature that does not verify is a
 * {@link SignatureRefusedException}. The web layer alone turns the kind into a status ({@code web.ApiExceptionHandler.statusOf}).
 */
final class SigningRefusal extends Refusal {

    SigningRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    /** The caller's input is wrong (400); nothing was stored. */
    static SigningRefusal badInput(String messageKey, Object... arguments) {
        return new SigningRefusal(Kind.BAD_INPUT, messageKey, arguments);
    }

    /** The caller may not do this (403). */
    static SigningRefusal notAllowed(String messageKey, Object... arguments) {
        return new SigningRefusal(Kind.NOT_ALLOWED, messageKey, arguments);
    }

    /** No such object, or none the caller may know of (404). */
    static SigningRefusal notFound(String messageKey, Object... arguments) {
        return new SigningRefusal(Kind.NOT_FOUND, messageKey, arguments);
    }

    /** The object is not in a state for this (409). */
    static SigningRefusal wrongState(String messageKey, Object... arguments) {
        return new SigningRefusal(Kind.WRONG_STATE, messageKey, arguments);
    }
}
