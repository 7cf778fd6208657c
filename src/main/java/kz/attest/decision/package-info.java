/**
 * Decisions after testing (issue 5; seed 000 ¶19, ¶23–¶24, ¶27, ¶49–¶51, ¶54, ¶74–¶75, ¶97–¶98): the results register
 * the provider receives (¶24) with a signed results file for air-gapped nodes, the candidate's results sheets, the
 * retake eligibility that the application module asks through its {@code RetakeEligibility} port, and the no-show
 * valid-reason requests. Listens to {@link kz.attest.delivery.StageScored}, {@link kz.attest.delivery.SittingCompleted},
 * {@link kz.attest.delivery.ActDrawnUp} and {@link kz.attest.scheduling.CandidateAbsent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decisions after testing")
package kz.attest.decision;
