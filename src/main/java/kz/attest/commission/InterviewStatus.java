package kz.attest.commission;

/** PENDING: awaiting a slot; PLANNED: slot told to the candidate; CONCLUDED: protocol signed, nothing changes. */
enum InterviewStatus {
    PENDING, PLANNED, CONCLUDED
}
