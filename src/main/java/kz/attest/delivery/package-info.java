/**
 * Test delivery on exam day (seed 000 ¶16–¶22, ¶43–¶47, ¶68–¶72, ¶86, ¶92–¶95): the candidate's attempt at a
 * workstation started with the one-time code from the check-in, the answer save path (one UPSERT per answer), the
 * server's deadline, automatic scoring with the catalogue's thresholds and stage gating, and the proctor's live
 * console with pauses, acts of violation and acts of suspension. Listens to the scheduling module's
 * {@link kz.attest.scheduling.CandidateCheckedIn}, {@link kz.attest.scheduling.CandidateMovedSeat} and the question
 * bank's {@link kz.attest.itembank.ItemInvalidated} (re-scoring, ¶26) and {@link kz.attest.itembank.CaseInvalidated}
 * (a failed stage that showed a faulty case is voided and sat again, ¶26); publishes
 * {@link kz.attest.delivery.StageScored}, {@link kz.attest.delivery.StageRescored}, {@link kz.attest.delivery.SittingCompleted} and
 * {@link kz.attest.delivery.ActDrawnUp}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Test delivery")
package kz.attest.delivery;
