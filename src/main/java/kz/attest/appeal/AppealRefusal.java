package kz.attest.appeal;

import kz.attest.web.Refusal;

/**
 * A refusal of an appeal (issue 15 point 4): the kind of refusal and a message key of {@code i18n/appeal}; the web layer alone chooses
 * the status.
 */
final class AppealRefusal extends Refusal {

    AppealRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
