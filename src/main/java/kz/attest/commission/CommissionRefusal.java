package kz.attest.commission;

import kz.attest.web.Refusal;

/**
 * A refusal of the commission's composition (issue 15 point 4): the kind of refusal and a message key of {@code i18n/commission}; the web layer alone chooses
 * the status.
 */
final class CommissionRefusal extends Refusal {

    CommissionRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
