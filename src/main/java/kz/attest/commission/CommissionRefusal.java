package kz.attest.commission;

import kz.attest.web.Refusal;

/**
 * A refusal of the commission's composition (issue 15 point 4): the kind of refusal and a message key of {@code i18n/commission}; the web layer alone chooses
 * the status.
 */
final class CommissionRefusal extends Refusal {

    private CommissionRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    /** The caller's input is wrong; nothing was stored. */
    static CommissionRefusal invalid(String messageKey, Object... arguments) {
        return new CommissionRefusal(Kind.BAD_INPUT, messageKey, arguments);
    }

    /** The object is not in a state for this. */
    static CommissionRefusal wrongState(String messageKey, Object... arguments) {
        return new CommissionRefusal(Kind.WRONG_STATE, messageKey, arguments);
    }

    /** The caller may not do this. */
    static CommissionRefusal notAllowed(String messageKey, Object... arguments) {
        return new CommissionRefusal(Kind.NOT_ALLOWED, messageKey, arguments);
    }

    /** The object does not exist (or is not the caller's to know about). */
    static CommissionRefusal notFound(String messageKey, Object... arguments) {
        return new CommissionRefusal(Kind.NOT_FOUND, messageKey, arguments);
    }
}
