/**
 * Planning of testing (spec testing.md "Planning", seed 000 ¶10, ¶15, ¶42, ¶67): test centres, halls and seats,
 * sessions planned from the admitted lists, seat assignment and the proctor's check-in. Publishes
 * {@link kz.attest.scheduling.CandidateCheckedIn} and {@link kz.attest.scheduling.CandidateMovedSeat}, which the
 * delivery module turns into a candidate's attempt at a workstation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package kz.attest.scheduling;
