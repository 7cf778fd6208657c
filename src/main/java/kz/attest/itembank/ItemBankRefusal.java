package kz.attest.itembank;

import kz.attest.web.LocalizedException;
import org.springframework.http.HttpStatus;

/** A refusal of the question bank, with a message key of {@code i18n/itembank}. */
public class ItemBankRefusal extends LocalizedException {

    ItemBankRefusal(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }

    static ItemBankRefusal invalid(String messageKey, Object... arguments) {
        return new ItemBankRefusal(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    static ItemBankRefusal wrongState(String messageKey, Object... arguments) {
        return new ItemBankRefusal(HttpStatus.CONFLICT, messageKey, arguments);
    }

    static ItemBankRefusal notAllowed(String messageKey, Object... arguments) {
        return new ItemBankRefusal(HttpStatus.FORBIDDEN, messageKey, arguments);
    }

    static ItemBankRefusal missing(String messageKey, Object... arguments) {
        return new ItemBankRefusal(HttpStatus.NOT_FOUND, messageKey, arguments);
    }
}
