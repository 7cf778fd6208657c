package kz.attest.campaign;

import kz.attest.web.Refusal;

/**
 * A refusal of a campaign or the expert register (issue 15 point 4): the kind of refusal and a message key of {@code i18n/campaign}; the web layer alone chooses
 * the status.
 */
final class CampaignRefusal extends Refusal {

    private CampaignRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    /** The caller's input is wrong; nothing was stored. */
    static CampaignRefusal invalid(String messageKey, Object... arguments) {
        return new CampaignRefusal(Kind.BAD_INPUT, messageKey, arguments);
    }

    /** The object is not in a state for this. */
    static CampaignRefusal wrongState(String messageKey, Object... arguments) {
        return new CampaignRefusal(Kind.WRONG_STATE, messageKey, arguments);
    }

    /** The caller may not do this. */
    static CampaignRefusal notAllowed(String messageKey, Object... arguments) {
        return new CampaignRefusal(Kind.NOT_ALLOWED, messageKey, arguments);
    }

    /** The object does not exist (or is not the caller's to know about). */
    static CampaignRefusal notFound(String messageKey, Object... arguments) {
        return new CampaignRefusal(Kind.NOT_FOUND, messageKey, arguments);
    }
}
