package kz.attest.decision;

import kz.attest.InPublishersTransaction;
import kz.attest.audit.AuditLog;
import kz.attest.commission.InterviewConcluded;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The commission interview's outcome (seeds 001, 002) joins the test results of the same sitting in the provider's
 * register and results file; synchronous, in the chair's signing transaction, so the register never shows a signed
 * protocol's interview as pending. Idempotent: the outcome is kept once.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InterviewOutcomes {

    private final ResultRows rows;
    private final AuditLog audit;

    private final Outcomes outcomes;

    @InPublishersTransaction(why = "a signed protocol never exists while the register and the decision still wait"
            + " for it (¶52)")
    public void on(InterviewConcluded event) {
        if (rows.recordInterview(event.sittingId(), event.passed(), event.decidedByChair(), event.concludedAt())) {
            audit.record("system", "decision.interview-registered", "Sitting", event.sittingId().toString(),
                    "interview " + event.interviewId() + ": " + (event.passed() ? "passed" : "failed")
                            + (event.decidedByChair() ? " (tie, chair's vote)" : ""));
            // the commission's conclusion completes the results: the decision is due (¶52, ¶73); the interview's id
            // stays in the audit, off the applicant's page (issue 14)
            rows.sitting(event.sittingId()).map(ResultEntry::applicationId).ifPresent(id ->
                    outcomes.resultsIn(id, event.passed(), "application.history.note.by-commission"));
        }
    }
}
