package kz.attest.decision;

import kz.attest.InPublishersTransaction;
import kz.attest.application.AdmittedCandidate;
import kz.attest.application.Applications;
import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.delivery.SittingCompleted;
import kz.attest.scheduling.StagePlanning;
import kz.attest.delivery.StageScored;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Organisations;
import kz.attest.identity.Role;
import kz.attest.identity.SignedInUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static kz.attest.Json.JSON;
import static kz.attest.web.Refusal.Kind.BAD_INPUT;
import static kz.attest.web.Refusal.Kind.NOT_ALLOWED;
import static kz.attest.web.Refusal.Kind.NOT_FOUND;

/**
 * ¶24: the results of each stage go to the provider, due one working day after the candidate's last stage. Kept
 * synchronously in the scoring transaction ({@link EventListener}), so that a scored stage and its register row commit
 * together (a failure here rolls the scoring back and the sweep scores again, rather than a result going missing).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Results {

    static final String FORMAT = "attest-kz/results/1";

    private final ResultRows rows;
    private final Applications applications;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final ResultsSigner signer;
    private final AuditLog audit;
    private final Clock clock;
    private final StagePlanning stagePlanning;
    private final Organisations organisations;
    private final kz.attest.catalogue.Catalogue catalogue;
    private final Outcomes outcomes;

    @InPublishersTransaction(why = "a scored stage never exists without its ¶24 register row (its deadline runs"
            + " from the finish)")
    public void on(StageScored event) {
        LocalDate day = event.finishedAt().atZone(WorkingCalendar.ZONE).toLocalDate();
        LocalDate due = calendar.addWorkingDays(day, 1);
        String provider = event.applicationId().flatMap(id -> providerOf(id, event)).orElse(null);
        rows.upsertSitting(event.sittingId(), event.applicationId().orElse(null), event.accountId(), provider,
                event.service().value(), event.finishedAt(), due);
        if (rows.insertStage(event.attemptId(), event.sittingId(), event.stage(), event.correct(), event.total(),
                event.threshold(), event.passed(), event.finishedAt())) {
            audit.record("system", "decision.result-registered", "Sitting", event.sittingId().toString(),
                    "stage " + event.stage() + ": " + event.correct() + "/" + event.total()
                            + (event.passed() ? " passed" : " failed") + ", provider " + provider + ", due " + due);
        }
    }

    @InPublishersTransaction(why = "commission.PendingInterviews opens the interview in this transaction; both or"
            + " neither")
    public void on(SittingCompleted event) {
        if (rows.sitting(event.sittingId()).isEmpty()) {
            return; // no stage was scored (e.g. removed before the first finish): nothing to send
        }
        if (rows.complete(event.sittingId(), event.passed(), event.completedAt())) {
            audit.record("system", "decision.sitting-completed", "Sitting", event.sittingId().toString(),
                    event.passed() ? "passed" : "failed");
            event.applicationId().ifPresent(id -> applications.attestationHeld(id, "testing"));   // ¶85
            // ¶24–¶25: the results are in, unless the commission still interviews a passed candidate (seeds 001, 002)
            boolean interviewFollows = event.passed() && catalogue.get(event.service()).interviewHeld();
            if (!interviewFollows) {
                event.applicationId().ifPresent(id -> outcomes.resultsIn(id, event.passed(), null));   // no sitting id in the history (issue 14)
            }
        }
    }

    /** The provider: from the applications module, or, on an air-gapped operator node, from the sitting's plan. */
    private Optional<String> providerOf(long applicationId, StageScored event) {
        return applications.admitted(Optional.of(event.service())).stream()
                .filter(c -> c.applicationId() == applicationId).map(AdmittedCandidate::providerId).findFirst()
                .or(() -> stagePlanning.providerOf(event.sittingId()));
    }

    /** The register of the signed-in officer's organisation (another organisation: 403). */
    @Transactional(readOnly = true)
    public List<ResultEntry> register(String providerId) {
        return rows.ofProvider(ProviderStaff.organisationOf(currentUser.require(), providerId));
    }

    /** The results of a sitting for its candidate (another person's: 404). */
    @Transactional(readOnly = true)
    public ResultEntry ownSitting(UUID sittingId) {
        SignedInUser user = currentUser.require();
        return rows.sitting(sittingId).filter(r -> r.accountId() == user.accountId())
                .orElseThrow(() -> new DecisionRefusal(NOT_FOUND, "decision.results.not-found"));
    }

    /** The results of the signed-in candidate, newest first. */
    @Transactional(readOnly = true)
    public List<ResultEntry> mine() {
        return rows.ofAccount(currentUser.require().accountId());
    }

    /** Whatever the register holds about an account (for the policies of this module). */
    List<ResultEntry> ofAccount(long accountId) {
        return rows.ofAccount(accountId);
    }

    Optional<ResultEntry> sitting(UUID sittingId) {
        return rows.sitting(sittingId);
    }

    /** A signed results file (CMS SignedData) of the organisation's register, for an air-gapped node (¶24). */
    @Transactional
    public SignedFile signedFile(String providerId) {
        SignedInUser user = currentUser.require();
        String provider = ProviderStaff.organisationOf(user, providerId);
        return sign(user, provider, provider);
    }

    /**
     * ¶24 on an air-gapped operator node, where no provider officer works: the operator's administrator exports the
     * results of one provider, signed with the operator organisation's key, for the provider's node to import.
     */
    @Transactional
    public SignedFile operatorSignedFile(String providerId) {
        SignedInUser user = currentUser.require();
        if (!user.hasRole(Role.OPERATOR_ADMIN)) {
            throw new DecisionRefusal(NOT_ALLOWED, "identity.not-your-organisation");
        }
        if (providerId == null || providerId.isBlank() || organisations.find(providerId).isEmpty()) {
            throw new DecisionRefusal(BAD_INPUT, "decision.results.provider-required");
        }
        String operator = user.organisation()
                .orElseThrow(() -> new DecisionRefusal(NOT_ALLOWED, "identity.not-your-organisation"));
        return sign(user, providerId, operator);
    }

    private SignedFile sign(SignedInUser user, String provider, String signingOrganisation) {
        List<ResultEntry> entries = rows.ofProvider(provider);
        Instant now = clock.instant();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("format", FORMAT);
        content.put("provider", provider);
        content.put("exportedAt", now.toString());
        content.put("exportedBy", user.login());
        content.put("signedBy", signingOrganisation);
        content.put("results", entries);
        byte[] json = JSON.writeValueAsString(content).getBytes(StandardCharsets.UTF_8);
        byte[] cms = signer.sign(signingOrganisation, json);
        audit.record(user.login(), "decision.results-exported", "ResultsRegister", provider,
                entries.size() + " sitting(s), signed by " + signingOrganisation + ", sha256 "
                        + DigestUtils.sha256Hex(cms));
        String day = now.atZone(WorkingCalendar.ZONE).toLocalDate().toString();
        return new SignedFile("results-" + provider + "-" + day + ".p7m", cms, entries.size());
    }

    /** A signed results file: name, CMS (DER, content attached) and how many sittings it holds. */
    public record SignedFile(String fileName, byte[] cms, int sittings) {
    }
}
