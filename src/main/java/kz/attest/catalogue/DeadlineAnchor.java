package kz.attest.catalogue;

/** The event a deadline is counted from (or before). */
public enum DeadlineAnchor {
    RECEIPT,
    REGISTRATION,
    ASSIGNMENT,
    COMPLETENESS_CONFIRMED,
    PRELIMINARY_REFUSAL_NOTICE,
    HEARING_NOTICE,
    SERVICE_TERM_END,
    ADMISSION_DECISION,
    TRAINING_END,
    ATTESTATION_START,
    TEST_DATE,
    LAST_STAGE_FINISHED,
    RESULTS_RECEIVED,
    LICENCE_PREPARED,
    LICENCE_APPROVED
}
