package kz.attest.licensing;

import kz.attest.audit.AuditLog;
import kz.attest.catalogue.DeadlineRule;
import kz.attest.catalogue.DeadlineStep;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.SignedInUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static kz.attest.web.Refusal.Kind.WRONG_STATE;

/**
 * The provider's side of licence requests (seed 003 ¶6, seed 004 app.2 ¶7): the queue with each pending step's legal due
 * instant, completing the pending step (approval is a head's), a motivated refusal, and the signing step the licence
 * registry closes.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProviderSteps {

    private final RequestRows requests;
    private final RequestSupport support;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** The signed-in provider's officer or head (403 otherwise). */
    SignedInUser staff() {
        return support.staff();
    }

    /** The licensor's officer or head for documents of this form (403 for another organisation's staff). */
    SignedInUser licensorOf(String form) {
        return support.licensorOf(form);
    }

    /** The provider's queue: requests in progress with the pending step, its due instant and whether it is overdue. */
    public List<RequestView> queue() {
        SignedInUser staff = support.staff();
        return requests.inProgress().stream().filter(r -> support.providerOf(r).equals(staff.organisationId()))
                .map(support::view).toList();
    }

    /**
     * Completes the pending step (register, assign, completeness confirmed, licence prepared, approved). Approval is
     * the director's (a head); any other step is an officer's.
     */
    public RequestView complete(long id, String stepName, String note) {
        SignedInUser staff = support.staff();
        DeadlineStep step = RequestSupport.step(stepName);
        if (step == DeadlineStep.LICENCE_SIGNING) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.sign-with-licence");
        }
        if (step == DeadlineStep.LICENCE_APPROVAL) {
            RequestSupport.requireHead(staff);
        }
        return transaction.execute(status -> {
            LicenceRequest r = support.forUpdate(id, staff);
            LicenceRequest.StepDone done = r.complete(step, support.plan(r), staff.login(), RequestSupport.blankToNull(note), clock.instant());
            requests.insertStep(r.id, done);
            requests.update(r);
            auditLog.record(staff.login(), "licensing.step-done", "LicenceRequest", Long.toString(id),
                    r.number + " " + step + (done.doneAt().isAfter(done.dueAt()) ? " late (due " + done.dueAt() + ")" : ""));
            return support.view(r);
        });
    }

    /**
     * A motivated refusal with reasons: while completeness is pending a written refusal to consider further, signed by
     * the director and the deputy head (seed 004 app.2 ¶7(3)), so a head's; afterwards on the standard's grounds.
     */
    public RequestView refuse(long id, String reason) {
        SignedInUser staff = support.staff();
        return transaction.execute(status -> {
            LicenceRequest r = support.forUpdate(id, staff);
            LegalSteps plan = support.plan(r);
            if (r.pendingStep(plan).map(DeadlineRule::step).orElse(null) == DeadlineStep.COMPLETENESS_CHECK) {
                RequestSupport.requireHead(staff);
            }
            LicenceRequest.StepDone done = r.refuse(plan, reason, staff.login(), clock.instant());
            requests.insertStep(r.id, done);
            requests.update(r);
            auditLog.record(staff.login(), "licensing.request-refused", "LicenceRequest", Long.toString(id),
                    r.number + " " + r.status + ": " + r.refusalReason);
            support.notify(r, r.status == LicenceRequest.Status.REFUSED_INCOMPLETE ? "licensing.refused-incomplete"
                    : "licensing.refused", Map.of("number", r.number, "reason", r.refusalReason));
            return support.view(r);
        });
    }

    LicenceRequest requireSigningStep(long id, SignedInUser head) {
        LicenceRequest r = requests.find(id).orElseThrow(() -> RequestSupport.notFound(id));
        currentUser.requireMemberOf(support.providerOf(r));
        DeadlineStep pending = r.pendingStep(support.plan(r)).map(DeadlineRule::step).orElse(null);
        if (pending != DeadlineStep.LICENCE_SIGNING) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.step-not-pending", DeadlineStep.LICENCE_SIGNING,
                    pending == null ? r.status : pending);
        }
        return r;
    }

    LicenceRequest.StepDone signingDone(LicenceRequest r, String actor) {
        LicenceRequest.StepDone done = r.complete(DeadlineStep.LICENCE_SIGNING, support.plan(r), actor, null, clock.instant());
        requests.insertStep(r.id, done);
        return done;
    }

    LicenceRequest lockForSigning(long id) {
        return requests.findForUpdate(id).orElseThrow(() -> RequestSupport.notFound(id));
    }

    void save(LicenceRequest r) {
        requests.update(r);
    }
}
