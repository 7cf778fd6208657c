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
}
