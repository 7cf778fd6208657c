package kz.attest.campaign;

/** A campaign is drafted, then announced: the experts and the operator are notified. */
enum CampaignStatus {
    DRAFT, ANNOUNCED
}
