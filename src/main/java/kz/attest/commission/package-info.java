/**
 * The attestation commission's interview after a passed test (seeds 001, 002), for the services whose catalogue entry
 * switches it on: the commission of a provider with its chair, members and secretary; the interview that becomes
 * pending when a sitting is passed ({@link kz.attest.delivery.SittingCompleted}); its slot (room or online link) told
 * to the candidate; the questions asked (at most so many per expert specialty); each voting member's vote; the outcome
 * by majority; the protocol in Kazakh and Russian as a PDF, signed by the chair with EDS. Publishes
 * {@link kz.attest.commission.InterviewConcluded}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commission interview")
package kz.attest.commission;
