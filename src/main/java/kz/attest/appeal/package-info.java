/**
 * Appeals (seed 000 ¶100–¶102, lifecycle.md "Appeals"): the applicant's complaint about a decision, action or
 * inaction of the provider, addressed to the provider's head, the Ministry or the quality-control body; the answer due
 * within 5 or 15 working days of registration; upheld (the application's step reopened or its decision revoked) or
 * rejected with reasons; visible in the cabinet, audited and notified.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appeals")
package kz.attest.appeal;
