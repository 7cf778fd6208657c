package kz.attest.application;

import kz.attest.audit.AuditLog;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Role;
import kz.attest.identity.SignedInUser;
import kz.attest.identity.StaffDirectory;
import kz.attest.signature.SignatureCheck;
import kz.attest.signature.SignatureRequest;
import kz.attest.signature.SignatureVerifier;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static kz.attest.Json.JSON;

/**
 * The motivated decision after the hearing (¶7, ¶37, ¶62, ¶81): an officer prepares it (admit, or refuse with the
 * reason); it becomes final only when the provider's head signs its canonical content with EDS, verified against the
 * head's IIN. Then the application is admitted or refused and the applicant told (the refusal by SMS and e-mail too),
 * with the legal limit of the refusal (10 working days after registration for the justice departments, 7 for the
 * Ministry and the Centre) recorded as the deadline the decision had.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AdmissionDecisions {

    private final ApplicationRows applications;
    private final DecisionRows rows;
    private final Applications lifecycle;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;
    private final SignatureVerifier verifier;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** The officer prepares the decision after the hearing; a new preparation replaces an unsigned one. */
    @Transactional
    public DecisionView prepare(long applicationId, boolean admit, String reason) {
        Application application = applications.find(applicationId).orElseThrow(AdmissionDecisions::notFound);
        SignedInUser officer = currentUser.requireMemberOf(application.providerId());
        if (application.status() != ApplicationStatus.HEARING) {
            throw new ApplicationRefusal(Kind.WRONG_STATE, "application.error.not-allowed",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("application.action.decide-after-hearing"),
                    new org.springframework.context.support.DefaultMessageSourceResolvable(application.status().messageKey()));
        }
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        if (!admit && cleanReason == null) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.reason-required");
        }
        Instant now = clock.instant();
        byte[] content = canonicalContent(application, admit, cleanReason, officer.login(), now);
        long id = rows.insert(applicationId, admit, cleanReason, officer.login(), now, content);
        auditLog.record(officer.login(), "application.decision-prepared", StatusNotices.ENTITY,
                Long.toString(applicationId), "decision " + id + (admit ? ": admit" : ": refuse, " + cleanReason)
                        + ", awaiting the head's signature");
        return rows.current(applicationId).orElseThrow();
    }

    /** The current decision of the application, for its applicant or an officer of its provider. */
    @Transactional(readOnly = true)
    public java.util.Optional<DecisionView> current(long applicationId) {
        lifecycle.view(applicationId);   // visibility: applicant or provider's staff (403 / 404 otherwise)
        return rows.current(applicationId);
    }

    /** The bytes the head signs: the prepared decision's canonical content. */
    @Transactional(readOnly = true)
    public byte[] contentToSign(long applicationId) {
        return prepared(applicationId, head(applicationId)).content().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The head signs the prepared decision (a detached CMS of {@link #contentToSign}); the signature is verified
     * against the head's IIN outside the transaction, then the application is admitted or refused.
     */
    public ApplicationView sign(long applicationId, byte[] cms) {
        SignedInUser head = head(applicationId);
        DecisionView decision = prepared(applicationId, head);
        if (cms == null || cms.length == 0) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.decision.signature-required");
        }
        String iin = staff.signingIin(head.accountId())
                .orElseThrow(() -> new ApplicationRefusal(Kind.NOT_ALLOWED, "application.decision.no-signing-iin"));
        SignatureCheck check = verifier.verify(SignatureRequest.detached(cms,
                decision.content().getBytes(StandardCharsets.UTF_8), iin)).orThrow();
        return transaction.execute(status -> {
            if (!rows.sign(decision.id(), head.login(), clock.instant(), cms,
                    check.signer() == null ? null : check.signer().subject())) {
                throw new ApplicationRefusal(Kind.WRONG_STATE, "application.decision.changed");
            }
            auditLog.record(head.login(), "application.decision-signed", StatusNotices.ENTITY,
                    Long.toString(applicationId), "decision " + decision.id() + " signed by "
                            + (check.signer() == null ? iin : check.signer().commonName()) + " (IIN " + iin + ")");
            return lifecycle.decideAfterHearing(applicationId, decision.admit(), decision.reason());
        });
    }

    private DecisionView prepared(long applicationId, SignedInUser head) {
        Application application = applications.find(applicationId).orElseThrow(AdmissionDecisions::notFound);
        currentUser.requireMemberOf(application.providerId());
        return rows.current(applicationId).filter(d -> !d.signed())
                .filter(d -> application.status() == ApplicationStatus.HEARING)
                .orElseThrow(() -> new ApplicationRefusal(Kind.WRONG_STATE, "application.decision.none-prepared"));
    }

    private SignedInUser head(long applicationId) {
        Application application = applications.find(applicationId).orElseThrow(AdmissionDecisions::notFound);
        SignedInUser user = currentUser.requireMemberOf(application.providerId());
        if (!user.hasRole(Role.PROVIDER_HEAD)) {
            throw new ApplicationRefusal(Kind.NOT_ALLOWED, "application.decision.heads-only");
        }
        return user;
    }

    static byte[] canonicalContent(Application application, boolean admit, String reason, String preparedBy,
                                   Instant preparedAt) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("type", "attest-kz/motivated-decision");
        content.put("application", application.id());
        content.put("registrationNumber", application.registrationNumber());
        content.put("applicantIin", application.applicantIin());
        content.put("service", application.service().value());
        content.put("provider", application.providerId());
        content.put("decision", admit ? "ADMIT" : "REFUSE");
        content.put("reason", reason);
        content.put("preparedBy", preparedBy);
        content.put("preparedAt", preparedAt.toString());
        return JSON.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
    }

    private static ApplicationRefusal notFound() {
        return new ApplicationRefusal(Kind.NOT_FOUND, "application.error.not-found");
    }
}
