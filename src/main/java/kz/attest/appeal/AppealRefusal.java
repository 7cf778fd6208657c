package kz.attest.appeal;

import kz.attest.web.Refusal;

/**
 * A refusal of an appeal (issue 15 point 4): the kind of refusal and a message key of {@code i18n/appeal}; the web layer alone chooses
 * the status.
 */
final class AppealRefusal extends Refusal {

    private AppealRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    /** The caller's input is wrong; nothing was stored. */
    static AppealRefusal invalid(String messageKey, Object... arguments) {
        return new AppealRefusal(Kind.BAD_INPUT, messageKey, arguments);
    }

    /** The object is not in a state for this. */
    static AppealRefusal wrongState(String messageKey, Object... arguments) {
        return new AppealRefusal(Kind.WRONG_STATE, messageKey, arguments);
    }

    /** The caller may not do this. */
    static AppealRefusal notAllowed(String messageKey, Object... arguments) {
        return new AppealRefusal(Kind.NOT_ALLOWED, messageKey, arguments);
    }

    /** The object does not exist (or is not the caller's to know about). */
    static AppealRefusal notFound(String messageKey, Object... arguments) {
        return new AppealRefusal(Kind.NOT_FOUND, messageKey, arguments);
    }
}
