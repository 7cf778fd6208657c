package kz.attest.campaign;

/** How a forensic expert practises (¶31 names who decides an extraordinary attestation for each). */
public enum ExpertKind {
    /** Practises on a licence: an extraordinary attestation is decided by the Ministry's licensing commission. */
    LICENSED,
    /** An employee of the forensic bodies: an extraordinary attestation is decided by the head of the Centre. */
    CENTRE_EMPLOYEE;

    /** Who decides an extraordinary attestation of such an expert (¶31). */
    public ExtraordinaryDecider decider() {
        return this == LICENSED ? ExtraordinaryDecider.LICENSING_COMMISSION : ExtraordinaryDecider.CENTRE_HEAD;
    }
}
