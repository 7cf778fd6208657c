package kz.attest.appeal;

import java.util.Locale;

/** Where a complaint stands: waiting for the answer, or answered (upheld or rejected with reasons). */
enum AppealStatus {
    OPEN, UPHELD, REJECTED;

    public String messageKey() {
        return "appeal.status." + name().toLowerCase(Locale.ROOT);
    }
}
