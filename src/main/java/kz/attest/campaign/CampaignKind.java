package kz.attest.campaign;

/** The kinds of attestation seed 001's order lists: regular (every five years), repeat and extraordinary. */
public enum CampaignKind {
    REGULAR, REPEAT, EXTRAORDINARY
}
