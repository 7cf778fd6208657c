package kz.attest.decision;

import kz.attest.application.ApplicationFacts;
import kz.attest.application.ApplicationOutcomes;
import kz.attest.application.DecisionRevokedOnAppeal;
import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.identity.Accounts;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Role;
import kz.attest.identity.SignedInUser;
import kz.attest.identity.StaffDirectory;
import kz.attest.web.Phrase;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static kz.attest.web.Refusal.Kind.BAD_INPUT;
import static kz.attest.web.Refusal.Kind.NOT_ALLOWED;
import static kz.attest.web.Refusal.Kind.NOT_FOUND;
import static kz.attest.web.Refusal.Kind.WRONG_STATE;

/**
 * Decisions and certificates that end an application (seed 000 ¶25, ¶52, ¶73, ¶96, appendices 1–5). The results
 * make the application tested ({@link #resultsIn}); an officer or the head draws the decision up under the provider's
 * next number of the year; the head or a signer the head authorised signs it; a signed decision is never changed —
 * a correction is a new decision that supersedes it, and an upheld appeal revokes it (it stays on record as revoked).
 * Every transition is audited and told through the outbox. The paper is drawn up by {@link OutcomeDrafts}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Outcomes {

    static final String ENTITY = "Decision";

    private final OutcomeRows rows;
    private final OutcomeDrafts drafts;
    private final ApplicationOutcomes applications;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final OutcomePaper paper;
    private final AuditLog audit;
    private final OutcomeNotices notices;
    private final MessageSource messages;
    private final Clock clock;
    private final StaffDirectory staff;
    private final TransactionTemplate transaction;

    /**
     * ¶24–¶25: the results of an application reached the provider (the last stage, the commission's conclusion, or a
     * no-show that counts as failed): the application is tested and its decision due. Called in the caller's
     * transaction; nothing happens for an application this node does not hold (an air-gapped operator node) or one
     * not admitted any more.
     */
    void resultsIn(long applicationId, boolean passed, String because) {
        if (applications.facts(applicationId).isEmpty()) {
            return;
        }
        // issue 14: the history note is a message key read in the reader's language, {@code because} one too
        String result = "application.history.note." + (passed ? "passed" : "not-passed");
        applications.resultsReceived(applicationId, because == null ? Phrase.of(result)
                : Phrase.of(result + "-by", Phrase.message(because)), "testing");
    }

    /**
     * Draws the decision of a tested application up (officers and heads of its provider): the outcome from the
     * results register, the provider's next number of the year, the appendix's layout. Drawing it up again before
     * signing keeps the number.
     */
    @Transactional
    public OutcomeView prepare(long applicationId) {
        ApplicationFacts facts = applications.facts(applicationId)
                .orElseThrow(() -> new DecisionRefusal(NOT_FOUND, "decision.outcome.not-found"));
        SignedInUser officer = staffOf(facts.providerId());
        if (!facts.status().awaitsDecision()) {
            throw new DecisionRefusal(WRONG_STATE, "decision.outcome.not-due");
        }
        Optional<OutcomeRows.Row> pending = rows.ofApplication(applicationId).stream()
                .filter(r -> r.status().equals("PREPARED") && r.supersedesId() == null).findFirst();
        OutcomeRows.Row row = drafts.draw(facts, officer.login(), pending, null, null);
        applications.decisionPrepared(applicationId, Phrase.of("application.history.note.decision-prepared", row.number()),
                officer.login());
        audit.record(officer.login(), "decision.outcome-prepared", ENTITY, row.id().toString(),
                "decision No %s of application %d: %s, awaiting the signature".formatted(row.number(), applicationId,
                        row.passed() ? "passed" : "not passed"));
        notices.tellSigners(row);
        return row.view(today());
    }

    /** A correction of a signed decision: a new decision with the reason, which supersedes it once signed. */
    @Transactional
    public OutcomeView correct(UUID outcomeId, String reason) {
        OutcomeRows.Row signed = rows.lock(outcomeId)
                .orElseThrow(() -> new DecisionRefusal(NOT_FOUND, "decision.outcome.not-found"));
        SignedInUser officer = staffOf(signed.providerId());
        if (reason == null || reason.isBlank()) {
            throw new DecisionRefusal(BAD_INPUT, "decision.outcome.reason-required");
        }
        if (reason.length() > 2000) {
            throw new DecisionRefusal(BAD_INPUT, "decision.outcome.reason-too-long", 2000);
        }
        if (!signed.status().equals("SIGNED")) {
            throw new DecisionRefusal(WRONG_STATE, "decision.outcome.not-signed");
        }
        if (rows.ofApplication(signed.applicationId()).stream()
                .anyMatch(r -> r.status().equals("PREPARED") && outcomeId.equals(r.supersedesId()))) {
            throw new DecisionRefusal(WRONG_STATE, "decision.outcome.correction-pending");
        }
        ApplicationFacts facts = applications.facts(signed.applicationId()).orElseThrow();
        OutcomeRows.Row row = drafts.draw(facts, officer.login(), Optional.empty(), signed, reason.strip());
        audit.record(officer.login(), "decision.outcome-correction-prepared", ENTITY, row.id().toString(),
                "decision No %s corrects No %s: %s".formatted(row.number(), signed.number(), reason.strip()));
        notices.tellSigners(row);
        return row.view(today());
    }

    /**
     * ¶26 after a re-score: the sitting's outcome changed. A decision not yet signed is drawn up again; a signed one
     * is superseded by a corrected decision awaiting the signature. Called by this module in its own transaction.
     */
    void outcomeChanged(long applicationId, String reason) {
        Optional<ApplicationFacts> facts = applications.facts(applicationId);
        if (facts.isEmpty()) {
            return;
        }
        List<OutcomeRows.Row> all = rows.ofApplication(applicationId);
        Optional<OutcomeRows.Row> pending = all.stream().filter(r -> r.status().equals("PREPARED")).findFirst();
        Optional<OutcomeRows.Row> signed = all.stream().filter(r -> r.status().equals("SIGNED")).findFirst();
        if (pending.isPresent()) {
            OutcomeRows.Row row = drafts.draw(facts.get(), "system", pending,
                    pending.get().supersedesId() == null ? null : rows.find(pending.get().supersedesId()).orElse(null),
                    pending.get().correctionReason());
            audit.record("system", "decision.outcome-redrawn", ENTITY, row.id().toString(),
                    "decision No %s drawn up again: %s (%s)".formatted(row.number(), row.passed() ? "passed"
                            : "not passed", reason));
        } else if (signed.isPresent()) {
            OutcomeRows.Row row = drafts.draw(facts.get(), "system", Optional.empty(), signed.get(), reason);
            audit.record("system", "decision.outcome-correction-prepared", ENTITY, row.id().toString(),
                    "decision No %s corrects No %s: %s".formatted(row.number(), signed.get().number(), reason));
            notices.tellSigners(row);
        }
    }

    /**
     * The head (or a signer the head authorised) signs the prepared decision with the organisation's key held by the
     * server. A second signer of the same decision waits for the first and then gets a 409.
     */
    @Transactional
    public OutcomeView sign(UUID outcomeId) {
        Issuing issuing = issue(outcomeId);
        OutcomeRows.Row row = issuing.row();
        SignedInUser signer = issuing.signer();
        OutcomeDrafts.Issued issued = issuing.issued();
        OutcomePaper.Signed signed = paper.signWithOrganisationKey(issued.rendered().pdf(), row.providerId(),
                signer.fullName(), row.number());
        if (!rows.sign(row.id(), row.version(), issued.decidedOn(), issued.validUntil(), issued.rendered().pdf(),
                issued.rendered().docx(), signed.pdf(), signed.signature(), DigestUtils.sha256Hex(signed.pdf()),
                issuing.codeHash(), signer.login(), signer.fullName(), issuing.now())) {
            throw new DecisionRefusal(WRONG_STATE, "decision.outcome.already-signed");
        }
        finish(row, signer.login(), signer.fullName());
        return rows.find(row.id()).orElseThrow().view(today());
    }

    /**
     * Step 1 of the head's own signature through NCALayer (eds-sign.js): the decision is laid out with the signer's
     * name and a new verification code, prepared for a PAdES signature, and the bytes the key must sign are returned.
     */
    @Transactional
    public byte[] toSign(UUID outcomeId) {
        Issuing issuing = issue(outcomeId);
        OutcomeRows.Row row = issuing.row();
        SignedInUser signer = issuing.signer();
        OutcomeDrafts.Issued issued = issuing.issued();
        OutcomePaper.Prepared prepared = paper.prepareForPerson(issued.rendered().pdf(), signer.fullName(),
                row.number());
        rows.prepareSigning(row.id(), issued.decidedOn(), issued.validUntil(), issued.rendered().pdf(),
                issued.rendered().docx(), prepared.preparedPdf(), prepared.dataToSign(), prepared.signingTime(),
                issuing.codeHash());
        audit.record(signer.login(), "decision.outcome-laid-out-for-signing", ENTITY, row.id().toString(),
                "decision No " + row.number() + " prepared for the signature of " + signer.fullName());
        return prepared.dataToSign();
    }

    /**
     * Step 2: the signer's detached CMS over {@link #toSign}'s bytes is checked (integrity, chain, validity,
     * revocation, the signer's IIN on record) and embedded outside the transaction; then the decision is signed
     * unless another signer came first (409).
     */
    public OutcomeView signWithOwnKey(UUID outcomeId, byte[] cms) {
        OutcomeRows.Row row = rows.find(outcomeId)
                .orElseThrow(() -> new DecisionRefusal(NOT_FOUND, "decision.outcome.not-found"));
        SignedInUser signer = signer(row.providerId());
        if (!row.status().equals("PREPARED") || row.preparedPdf() == null) {
            throw new DecisionRefusal(WRONG_STATE, "decision.outcome.not-laid-out");
        }
        if (cms == null || cms.length == 0) {
            throw new DecisionRefusal(BAD_INPUT, "decision.outcome.signature-required");
        }
        String iin = staff.signingIin(signer.accountId())
                .orElseThrow(() -> new DecisionRefusal(NOT_ALLOWED, "decision.outcome.no-signing-iin"));
        OutcomePaper.Signed signed = paper.complete(new OutcomePaper.Prepared(row.preparedPdf(), row.dataToSign(),
                row.signingTime()), cms, iin);
        return transaction.execute(status -> {
            if (!rows.signPrepared(row.id(), row.version(), signed.pdf(), signed.signature(),
                    DigestUtils.sha256Hex(signed.pdf()), signer.login(),
                    signer.fullName(), clock.instant())) {
                throw new DecisionRefusal(WRONG_STATE, "decision.outcome.already-signed");
            }
            finish(row, signer.login(), signer.fullName());
            return rows.find(row.id()).orElseThrow().view(today());
        });
    }

    /**
     * The first steps of both ways of signing: the prepared decision, locked; its signer (anyone else 403); a decision
     * already signed is a 409; then it is laid out with the signer's name and a new verification code.
     */
    private Issuing issue(UUID outcomeId) {
        OutcomeRows.Row row = rows.lock(outcomeId)
                .orElseThrow(() -> new DecisionRefusal(NOT_FOUND, "decision.outcome.not-found"));
        SignedInUser signer = signer(row.providerId());
        if (!row.status().equals("PREPARED")) {
            throw new DecisionRefusal(WRONG_STATE, "decision.outcome.already-signed");
        }
        Instant now = clock.instant();
        String code = OutcomeDrafts.newCode();
        return new Issuing(row, signer, drafts.issue(row, signer, code, now), code, now);
    }

    /** A decision being issued: what {@link #issue} found and drew up, and when. */
    private record Issuing(OutcomeRows.Row row, SignedInUser signer, OutcomeDrafts.Issued issued, String code,
                           Instant now) {

        /** The verification code is stored only as its hash; the code itself is in the paper's QR link. */
        String codeHash() {
            return DigestUtils.sha256Hex(code.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private void finish(OutcomeRows.Row row, String login, String signerName) {
        audit.record(login, "decision.outcome-signed", ENTITY, row.id().toString(),
                "decision No %s of application %d signed by %s: %s".formatted(row.number(), row.applicationId(),
                        signerName, row.passed() ? "passed" : "not passed"));
        if (row.supersedesId() != null) {
            OutcomeRows.Row old = rows.find(row.supersedesId()).orElseThrow();
            rows.supersede(old.id(), row.id());
            audit.record(login, "decision.outcome-superseded", ENTITY, old.id().toString(),
                    "decision No %s superseded by No %s: %s".formatted(old.number(), row.number(),
                            row.correctionReason()));
            notices.tell(row.accountId(), "decision.outcome-corrected", row, Map.of("old", old.number(),
                    "reason", row.correctionReason() == null ? "" : row.correctionReason()));
        } else {
            applications.decided(row.applicationId(), Phrase.of("application.history.note.decided", Phrase.message(
                    "decision.outcome.variant." + row.variant().toLowerCase(Locale.ROOT)), row.number()), login);
        }
    }

    /** ¶100–¶102: an upheld appeal revoked the decision; it stays on record, and in the registry, as revoked. */
    @ApplicationModuleListener
    void on(DecisionRevokedOnAppeal event) {
        revoke(event);
    }

    void revoke(DecisionRevokedOnAppeal event) {
        for (OutcomeRows.Row row : rows.ofApplication(event.applicationId())) {
            if (row.status().equals("SIGNED") && rows.revoke(row.id(), event.appealReference(), event.at())) {
                audit.record(event.actor(), "decision.outcome-revoked", ENTITY, row.id().toString(),
                        "decision No %s revoked after the upheld appeal %s".formatted(row.number(),
                                event.appealReference()));
                notices.tell(row.accountId(), "decision.outcome-revoked", row, Map.of("reason",
                        event.appealReference() == null ? "" : event.appealReference()));
            }
        }
    }

    /** A head authorises a member of staff of the organisation to sign its decisions (¶25 "the authorised person"). */
    @Transactional
    public void authoriseSigner(String login) {
        SignedInUser head = currentUser.require();
        String organisation = head.organisation()
                .orElseThrow(() -> new DecisionRefusal(NOT_ALLOWED, "identity.not-your-organisation"));
        if (!head.hasRole(Role.PROVIDER_HEAD)) {
            throw new DecisionRefusal(NOT_ALLOWED, "decision.outcome.heads-only");
        }
        SignedInUser staff = accounts.findByLoginName(login == null ? "" : login.strip())
                .filter(u -> u.organisation().filter(organisation::equals).isPresent())
                .orElseThrow(() -> new DecisionRefusal(BAD_INPUT, "decision.outcome.signer-unknown"));
        rows.authorise(organisation, staff.login(), head.login(), clock.instant());
        audit.record(head.login(), "decision.signer-authorised", "Organisation", organisation,
                staff.login() + " may sign the organisation's decisions");
    }

    /** The decisions of the signed-in applicant (signed, superseded or revoked), newest first. */
    @Transactional(readOnly = true)
    public List<OutcomeView> mine() {
        LocalDate today = today();
        return rows.ofAccount(currentUser.require().accountId()).stream()
                .filter(r -> !r.status().equals("PREPARED")).map(r -> r.view(today)).toList();
    }

    /** The decisions of the officer's organisation in one state (or all), newest first. */
    @Transactional(readOnly = true)
    public List<OutcomeView> ofProvider(String status) {
        SignedInUser officer = currentUser.require();
        String organisation = officer.organisation()
                .orElseThrow(() -> new DecisionRefusal(NOT_ALLOWED, "identity.not-your-organisation"));
        staffOf(organisation);
        LocalDate today = today();
        return rows.ofProvider(organisation, status == null || status.isBlank() ? null : status).stream()
                .map(r -> r.view(today)).toList();
    }

    /** The decisions of an application, for its applicant (signed ones) or its provider's staff. */
    @Transactional(readOnly = true)
    public List<OutcomeView> ofApplication(long applicationId) {
        LocalDate today = today();
        return rows.ofApplication(applicationId).stream().filter(this::visible).map(r -> r.view(today)).toList();
    }

    /** The document as PDF (the signed one once signed) or DOCX, for its applicant or its provider's staff. */
    @Transactional(readOnly = true)
    public DocumentFile file(UUID outcomeId, boolean pdf) {
        OutcomeRows.Row row = rows.find(outcomeId).filter(this::visible)
                .orElseThrow(() -> new DecisionRefusal(NOT_FOUND, "decision.outcome.not-found"));
        String name = "decision-" + row.number().replaceAll("[^A-Za-z0-9-]", "-");
        return pdf ? new DocumentFile(name + ".pdf", "application/pdf",
                row.signedPdf() != null ? row.signedPdf() : row.pdf())
                : new DocumentFile(name + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", row.docx());
    }

    /** A document's bytes for download. */
    public record DocumentFile(String fileName, String contentType, byte[] content) {
    }

    private boolean visible(OutcomeRows.Row row) {
        Optional<SignedInUser> user = currentUser.current();
        if (user.isEmpty()) {
            return false;
        }
        if (currentUser.isMemberOf(row.providerId())) {
            return true;
        }
        return row.accountId() == user.get().accountId() && !row.status().equals("PREPARED");
    }

    private SignedInUser staffOf(String providerId) {
        SignedInUser user = currentUser.requireMemberOf(providerId);
        if (!user.hasRole(Role.PROVIDER_OFFICER) && !user.hasRole(Role.PROVIDER_HEAD)) {
            throw new DecisionRefusal(NOT_ALLOWED, "identity.not-your-organisation");
        }
        return user;
    }

    /** The head of the organisation, or a member of its staff the head authorised; anyone else 403. */
    private SignedInUser signer(String providerId) {
        SignedInUser user = currentUser.requireMemberOf(providerId);
        if (!user.hasRole(Role.PROVIDER_HEAD) && !rows.isAuthorisedSigner(providerId, user.login())) {
            throw new DecisionRefusal(NOT_ALLOWED, "decision.outcome.signers-only");
        }
        return user;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    }
}
