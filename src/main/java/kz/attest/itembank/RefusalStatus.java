package kz.attest.itembank;

import kz.attest.web.Refusal;

/**
 * The status of an item-bank page shown again with its refusal on it (the form kept), mapped from the refusal's kind
 * by {@code web.RefusalStatuses}, as for the API; an import over the size limit stays a 413.
 */
final class RefusalStatus {

    private RefusalStatus() {
    }

    static int of(Refusal refusal) {
        if (refusal instanceof ImportRefusal imported && imported.tooLarge()) {
            return 413;
        }
        return kz.attest.web.RefusalStatuses.of(refusal).value();
    }
}
