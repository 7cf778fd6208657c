package kz.attest.campaign;

/** Who decided an extraordinary attestation (¶31). */
enum ExtraordinaryDecider {
    /** The commission on licensing forensic activity of the Ministry (for licensed experts). */
    LICENSING_COMMISSION,
    /** The head of the Centre of Forensic Expertise (for its employees). */
    CENTRE_HEAD
}
