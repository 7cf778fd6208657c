package kz.attest.itembank;

import kz.attest.web.Refusal;

/**
 * The status of an item-bank page shown again with its refusal on it (the form kept), mapped from the refusal's kind
 * as {@code web.ApiExceptionHandler} maps it for the API; an import over the size limit stays a 413.
 */
final class RefusalStatus {

    private RefusalStatus() {
    }

    static int of(Refusal refusal) {
        if (refusal instanceof ImportRefusal imported && imported.tooLarge()) {
            return 413;
        }
        return switch (refusal.kind()) {
            case BAD_INPUT -> 400;
            case NOT_SIGNED_IN -> 401;
            case NOT_ALLOWED -> 403;
            case NOT_FOUND -> 404;
            case WRONG_STATE -> 409;
        };
    }
}
