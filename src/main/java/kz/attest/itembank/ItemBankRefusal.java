package kz.attest.itembank;

import kz.attest.web.Refusal;

/**
 * A refusal of the question bank (issue 15 point 4): the kind of refusal and a message key of {@code i18n/itembank};
 * the web layer alone chooses the status.
 */
class ItemBankRefusal extends Refusal {

    ItemBankRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    static ItemBankRefusal invalid(String messageKey, Object... arguments) {
        return new ItemBankRefusal(Kind.BAD_INPUT, messageKey, arguments);
    }

    static ItemBankRefusal wrongState(String messageKey, Object... arguments) {
        return new ItemBankRefusal(Kind.WRONG_STATE, messageKey, arguments);
    }

    static ItemBankRefusal notAllowed(String messageKey, Object... arguments) {
        return new ItemBankRefusal(Kind.NOT_ALLOWED, messageKey, arguments);
    }

    static ItemBankRefusal missing(String messageKey, Object... arguments) {
        return new ItemBankRefusal(Kind.NOT_FOUND, messageKey, arguments);
    }
}
