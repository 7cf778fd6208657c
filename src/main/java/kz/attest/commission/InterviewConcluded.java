package kz.attest.commission;

import kz.attest.catalogue.ServiceCode;

import java.time.Instant;

/**
 * The chair signed the protocol of a commission interview (seeds 001, 002): the interview is closed with its outcome.
 *
 * @param passed         the commission's outcome (majority of the voting members; a tie is decided by the chair's vote)
 * @param decidedByChair whether the votes were tied and the chair's vote decided
 */
public record InterviewConcluded(long interviewId, long applicationId, long accountId, ServiceCode service,
                                 String organisationId, boolean passed, boolean decidedByChair, Instant concludedAt) {
}
