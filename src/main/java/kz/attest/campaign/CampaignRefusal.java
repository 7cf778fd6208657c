package kz.attest.campaign;

import kz.attest.web.Refusal;

/**
 * A refusal of a campaign or the expert register (issue 15 point 4): the kind of refusal and a message key of {@code i18n/campaign}; the web layer alone chooses
 * the status.
 */
final class CampaignRefusal extends Refusal {

    CampaignRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
