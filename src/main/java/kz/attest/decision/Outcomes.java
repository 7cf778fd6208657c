package kz.attest.decision;

import kz.attest.application.ApplicationFacts;
import kz.attest.application.Applications;
import kz.attest.application.DecisionRevokedOnAppeal;
import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.ServiceKind;
import kz.attest.identity.Accounts;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Organisation;
import kz.attest.identity.Organisations;
import kz.attest.identity.Role;
import kz.attest.identity.SignedInUser;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import kz.attest.web.LocalizedException;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Decisions and certificates that end an application (seed 000 ¶25, ¶52, ¶73, ¶96, appendices 1–5). The results
 * make the application tested ({@link #resultsIn}); an officer or the head draws the decision up under the provider's
 * next number of the year; the head or a signer the head authorised signs it; a signed decision is never changed —
 * a correction is a new decision that supersedes it, and an upheld appeal revokes it (it stays on record as revoked).
 * Every transition is audited and told through the outbox.
 */
@Service
public class Outcomes {

    static final String ENTITY = "Decision";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private final OutcomeRows rows;
    private final ResultRows results;
    private final Applications applications;
    private final Catalogue catalogue;
    private final Organisations organisations;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final OutcomePaper paper;
    private final AuditLog audit;
    private final Notifications notifications;
    private final MessageSource messages;
    private final DecisionProperties properties;
    private final Clock clock;
    private final kz.attest.identity.StaffDirectory staff;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    Outcomes(OutcomeRows rows, ResultRows results, Applications applications, Catalogue catalogue,
             Organisations organisations, Accounts accounts, CurrentUser currentUser, OutcomePaper paper,
             AuditLog audit, Notifications notifications, MessageSource messages, DecisionProperties properties,
             Clock clock, kz.attest.identity.StaffDirectory staff,
             org.springframework.transaction.support.TransactionTemplate transaction) {
        this.staff = staff;
        this.transaction = transaction;
        this.rows = rows;
        this.results = results;
        this.applications = applications;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.paper = paper;
        this.audit = audit;
        this.notifications = notifications;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * ¶24–¶25: the results of an application reached the provider (the last stage, the commission's conclusion, or a
     * no-show that counts as failed): the application is tested and its decision due. Called in the caller's
     * transaction; nothing happens for an application this node does not hold (an air-gapped operator node) or one
     * not admitted any more.
     */
    void resultsIn(long applicationId, boolean passed, String note) {
        if (applications.facts(applicationId).isEmpty()) {
            return;
        }
        applications.resultsReceived(applicationId, (passed ? "passed" : "not passed") + (note == null ? "" : ", " + note),
                "testing");
    }

    /**
     * Draws the decision of a tested application up (officers and heads of its provider): the outcome from the
     * results register, the provider's next number of the year, the appendix's layout. Drawing it up again before
     * signing keeps the number.
     */
    @Transactional
    public OutcomeView prepare(long applicationId) {
        ApplicationFacts facts = applications.facts(applicationId)
                .orElseThrow(() -> LocalizedException.notFound("decision.outcome.not-found"));
        SignedInUser officer = staffOf(facts.providerId());
        if (!facts.status().awaitsDecision()) {
            throw LocalizedException.conflict("decision.outcome.not-due");
        }
        Optional<OutcomeRows.Row> pending = rows.ofApplication(applicationId).stream()
                .filter(r -> r.status().equals("PREPARED") && r.supersedesId() == null).findFirst();
        OutcomeRows.Row row = draw(facts, officer.login(), pending, null, null);
        applications.decisionPrepared(applicationId, "decision No " + row.number(), officer.login());
        audit.record(officer.login(), "decision.outcome-prepared", ENTITY, row.id().toString(),
                "decision No %s of application %d: %s, awaiting the signature".formatted(row.number(), applicationId,
                        row.passed() ? "passed" : "not passed"));
        tellSigners(row);
        return row.view(today());
    }

    /** A correction of a signed decision: a new decision with the reason, which supersedes it once signed. */
    @Transactional
    public OutcomeView correct(UUID outcomeId, String reason) {
        OutcomeRows.Row signed = rows.lock(outcomeId)
                .orElseThrow(() -> LocalizedException.notFound("decision.outcome.not-found"));
        SignedInUser officer = staffOf(signed.providerId());
        if (reason == null || reason.isBlank()) {
            throw LocalizedException.badRequest("decision.outcome.reason-required");
        }
        if (reason.length() > 2000) {
            throw LocalizedException.badRequest("decision.outcome.reason-too-long", 2000);
        }
        if (!signed.status().equals("SIGNED")) {
            throw LocalizedException.conflict("decision.outcome.not-signed");
        }
        if (rows.ofApplication(signed.applicationId()).stream()
                .anyMatch(r -> r.status().equals("PREPARED") && outcomeId.equals(r.supersedesId()))) {
            throw LocalizedException.conflict("decision.outcome.correction-pending");
        }
        ApplicationFacts facts = applications.facts(signed.applicationId()).orElseThrow();
        OutcomeRows.Row row = draw(facts, officer.login(), Optional.empty(), signed, reason.strip());
        audit.record(officer.login(), "decision.outcome-correction-prepared", ENTITY, row.id().toString(),
                "decision No %s corrects No %s: %s".formatted(row.number(), signed.number(), reason.strip()));
        tellSigners(row);
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
            OutcomeRows.Row row = draw(facts.get(), "system", pending,
                    pending.get().supersedesId() == null ? null : rows.find(pending.get().supersedesId()).orElse(null),
                    pending.get().correctionReason());
            audit.record("system", "decision.outcome-redrawn", ENTITY, row.id().toString(),
                    "decision No %s drawn up again: %s (%s)".formatted(row.number(), row.passed() ? "passed"
                            : "not passed", reason));
        } else if (signed.isPresent()) {
            OutcomeRows.Row row = draw(facts.get(), "system", Optional.empty(), signed.get(), reason);
            audit.record("system", "decision.outcome-correction-prepared", ENTITY, row.id().toString(),
                    "decision No %s corrects No %s: %s".formatted(row.number(), signed.get().number(), reason));
            tellSigners(row);
        }
    }

    /**
     * The head (or a signer the head authorised) signs the prepared decision with the organisation's key held by the
     * server. A second signer of the same decision waits for the first and then gets a 409.
     */
    @Transactional
    public OutcomeView sign(UUID outcomeId) {
        OutcomeRows.Row row = rows.lock(outcomeId)
                .orElseThrow(() -> LocalizedException.notFound("decision.outcome.not-found"));
        SignedInUser signer = signer(row.providerId());
        if (!row.status().equals("PREPARED")) {
            throw LocalizedException.conflict("decision.outcome.already-signed");
        }
        Instant now = clock.instant();
        String code = newCode();
        Issued issued = issue(row, signer, code, now);
        OutcomePaper.Signed signed = paper.signWithOrganisationKey(issued.rendered().pdf(), row.providerId(),
                signer.fullName(), row.number());
        if (!rows.sign(row.id(), row.version(), issued.decidedOn(), issued.validUntil(), issued.rendered().pdf(),
                issued.rendered().docx(), signed.pdf(), signed.signature(), ResultsSigner.sha256(signed.pdf()),
                ResultsSigner.sha256(code.getBytes(StandardCharsets.US_ASCII)), signer.login(), signer.fullName(),
                now)) {
            throw LocalizedException.conflict("decision.outcome.already-signed");
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
        OutcomeRows.Row row = rows.lock(outcomeId)
                .orElseThrow(() -> LocalizedException.notFound("decision.outcome.not-found"));
        SignedInUser signer = signer(row.providerId());
        if (!row.status().equals("PREPARED")) {
            throw LocalizedException.conflict("decision.outcome.already-signed");
        }
        Instant now = clock.instant();
        String code = newCode();
        Issued issued = issue(row, signer, code, now);
        OutcomePaper.Prepared prepared = paper.prepareForPerson(issued.rendered().pdf(), signer.fullName(),
                row.number());
        rows.prepareSigning(row.id(), issued.decidedOn(), issued.validUntil(), issued.rendered().pdf(),
                issued.rendered().docx(), prepared.preparedPdf(), prepared.dataToSign(), prepared.signingTime(),
                ResultsSigner.sha256(code.getBytes(StandardCharsets.US_ASCII)));
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
                .orElseThrow(() -> LocalizedException.notFound("decision.outcome.not-found"));
        SignedInUser signer = signer(row.providerId());
        if (!row.status().equals("PREPARED") || row.preparedPdf() == null) {
            throw LocalizedException.conflict("decision.outcome.not-laid-out");
        }
        if (cms == null || cms.length == 0) {
            throw LocalizedException.badRequest("decision.outcome.signature-required");
        }
        String iin = staff.signingIin(signer.accountId())
                .orElseThrow(() -> LocalizedException.forbidden("decision.outcome.no-signing-iin"));
        OutcomePaper.Signed signed = paper.complete(new OutcomePaper.Prepared(row.preparedPdf(), row.dataToSign(),
                row.signingTime()), cms, iin);
        return transaction.execute(status -> {
            if (!rows.signPrepared(row.id(), row.version(), signed.pdf(), signed.signature(),
                    ResultsSigner.sha256(signed.pdf()), signer.login(),
                    signer.fullName(), clock.instant())) {
                throw LocalizedException.conflict("decision.outcome.already-signed");
            }
            finish(row, signer.login(), signer.fullName());
            return rows.find(row.id()).orElseThrow().view(today());
        });
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
            tell(row.accountId(), "decision.outcome-corrected", row, Map.of("old", old.number(),
                    "reason", row.correctionReason() == null ? "" : row.correctionReason()));
        } else {
            applications.decided(row.applicationId(), outcomeText(row) + ", decision No " + row.number(), login);
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
                tell(row.accountId(), "decision.outcome-revoked", row, Map.of("reason",
                        event.appealReference() == null ? "" : event.appealReference()));
            }
        }
    }

    /** A head authorises a member of staff of the organisation to sign its decisions (¶25 "the authorised person"). */
    @Transactional
    public void authoriseSigner(String login) {
        SignedInUser head = currentUser.require();
        String organisation = head.organisation()
                .orElseThrow(() -> LocalizedException.forbidden("identity.not-your-organisation"));
        if (!head.hasRole(Role.PROVIDER_HEAD)) {
            throw LocalizedException.forbidden("decision.outcome.heads-only");
        }
        SignedInUser staff = accounts.findByLoginName(login == null ? "" : login.strip())
                .filter(u -> u.organisation().filter(organisation::equals).isPresent())
                .orElseThrow(() -> LocalizedException.badRequest("decision.outcome.signer-unknown"));
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
                .orElseThrow(() -> LocalizedException.forbidden("identity.not-your-organisation"));
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
                .orElseThrow(() -> LocalizedException.notFound("decision.outcome.not-found"));
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

    // --- drawing and issuing --------------------------------------------------------------------------------------

    private record Issued(OutcomePaper.Rendered rendered, LocalDate decidedOn, LocalDate validUntil) {
    }

    /** What the register says: the latest completed sitting of the application, with its interview where held. */
    private Outcome outcomeOf(long applicationId) {
        return results.ofApplication(applicationId).stream().filter(e -> e.completedAt() != null).findFirst()
                .map(e -> new Outcome(e.sittingId(), Boolean.TRUE.equals(e.passed())
                        && (e.interview() == null || e.interview().passed())))
                .orElse(new Outcome(null, false));   // no sitting: an absence that counts as failed (¶98)
    }

    private record Outcome(UUID sittingId, boolean passed) {
    }

    private OutcomeRows.Row draw(ApplicationFacts facts, String actor, Optional<OutcomeRows.Row> pending,
                                 OutcomeRows.Row supersedes, String correctionReason) {
        ServiceDefinition service = catalogue.get(facts.service());
        Outcome outcome = outcomeOf(facts.applicationId());
        LocalDate today = today();
        String variant = variant(service, facts, outcome.passed());
        LocalDate validUntil = validUntil(service, outcome.passed(), today);
        List<String> specialties = outcome.passed() ? facts.specialties() : facts.specialties();
        Instant now = clock.instant();
        if (pending.isPresent()) {
            OutcomeRows.Row row = pending.get();
            OutcomePaper.Rendered rendered = paper.render(paper(row.number(), service, facts, variant, outcome.passed(),
                    specialties, today, validUntil, null, null, language(facts.accountId()), supersedes,
                    correctionReason));
            rows.redraw(row.id(), outcome.sittingId(), variant, outcome.passed(), specialties, today, validUntil,
                    rendered.pdf(), rendered.docx(), actor, now);
            return rows.find(row.id()).orElseThrow();
        }
        int year = today.getYear();
        int seq = rows.nextSeq(facts.providerId(), year);
        String number = "%s-%d-%05d".formatted(facts.providerId().toUpperCase(Locale.ROOT), year, seq);
        Locale language = language(facts.accountId());
        OutcomePaper.Rendered rendered = paper.render(paper(number, service, facts, variant, outcome.passed(),
                specialties, today, validUntil, null, null, language, supersedes, correctionReason));
        UUID id = UUID.randomUUID();
        rows.insert(id, facts.applicationId(), outcome.sittingId(), facts.accountId(), facts.applicantIin(),
                fullName(facts.accountId()), facts.providerId(), service.code().value(), service.decisionForm().code(),
                variant, outcome.passed(), specialties, year, seq, number, today, validUntil, language.getLanguage(),
                rendered.pdf(), rendered.docx(), actor, now, supersedes == null ? null : supersedes.id(),
                correctionReason);
        return rows.find(id).orElseThrow();
    }

    private Issued issue(OutcomeRows.Row row, SignedInUser signer, String code, Instant now) {
        ApplicationFacts facts = applications.facts(row.applicationId()).orElseThrow();
        ServiceDefinition service = catalogue.get(facts.service());
        LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
        LocalDate validUntil = validUntil(service, row.passed(), today);
        OutcomeRows.Row supersedes = row.supersedesId() == null ? null : rows.find(row.supersedesId()).orElse(null);
        OutcomePaper.Rendered rendered = paper.render(paper(row.number(), service, facts, row.variant(), row.passed(),
                row.specialties(), today, validUntil, signer, verificationUrl(row.number(), code),
                Locale.forLanguageTag(row.language()), supersedes, row.correctionReason()));
        return new Issued(rendered, today, validUntil);
    }

    private OutcomePaper.Paper paper(String number, ServiceDefinition service, ApplicationFacts facts, String variant,
                                     boolean passed, List<String> specialties, LocalDate date, LocalDate validUntil,
                                     SignedInUser signer, String url, Locale language, OutcomeRows.Row supersedes,
                                     String correctionReason) {
        Organisation organisation = organisations.find(facts.providerId()).orElse(null);
        List<OutcomePaper.Text> names = specialties.stream().map(code -> {
            try {
                var specialty = catalogue.specialty(code);
                return new OutcomePaper.Text(specialty.name().kk(), specialty.name().ru());
            } catch (LocalizedException e) {
                return new OutcomePaper.Text(code, code);
            }
        }).toList();
        String position = signer == null ? null : signer.hasRole(Role.PROVIDER_HEAD) ? "head" : "authorised";
        return new OutcomePaper.Paper(service.decisionForm().code(),
                new OutcomePaper.Text(service.decisionForm().title().kk(), service.decisionForm().title().ru()),
                OutcomePaper.Variant.valueOf(variant), number, text("decision.outcome.city." + facts.providerId(),
                "decision.outcome.city.default"), date, fullName(facts.accountId()),
                new OutcomePaper.Text(service.name().kk(), service.name().ru()), names, validUntil,
                signer == null ? null : signer.fullName(),
                position == null ? new OutcomePaper.Text("", "") : text("decision.outcome.position." + position, null),
                organisation == null ? new OutcomePaper.Text(facts.providerId(), facts.providerId())
                        : new OutcomePaper.Text(organisation.nameKk(), organisation.nameRu()),
                url != null ? url : properties.verificationBaseUrl() + "/verify?number="
                        + URLEncoder.encode(number, StandardCharsets.UTF_8),   // a draft: no code until it is signed
                language, supersedes == null ? null : supersedes.number(), correctionReason, passed);
    }

    private OutcomePaper.Text text(String key, String fallbackKey) {
        return new OutcomePaper.Text(message(key, fallbackKey, KK), message(key, fallbackKey, RU));
    }

    private String message(String key, String fallbackKey, Locale locale) {
        String value = messages.getMessage(key, null, null, locale);
        return value != null || fallbackKey == null ? value : messages.getMessage(fallbackKey, null, locale);
    }

    /** A supplement adds specialties to a certificate the person holds (appendix 5); otherwise positive or negative. */
    private String variant(ServiceDefinition service, ApplicationFacts facts, boolean passed) {
        if (!passed) {
            return "NEGATIVE";
        }
        if (service.kind() == ServiceKind.QUALIFICATION && rows.ofAccount(facts.accountId()).stream()
                .anyMatch(r -> r.status().equals("SIGNED") && r.passed() && r.applicationId() != facts.applicationId()
                        && catalogue.get(new kz.attest.catalogue.ServiceCode(r.service())).kind() == ServiceKind.QUALIFICATION)) {
            return "SUPPLEMENT";
        }
        return "POSITIVE";
    }

    /** ¶29 (3 years), ¶53 (5 years): the catalogue's validity from the decision's day; none where it sets none. */
    private static LocalDate validUntil(ServiceDefinition service, boolean passed, LocalDate decidedOn) {
        return passed ? service.validity().map(term -> term.after(decidedOn)).orElse(null) : null;
    }

    private String verificationUrl(String number, String code) {
        return properties.verificationBaseUrl() + "/verify?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + "&code=" + code;
    }

    /** 128 random bits, hex: unguessable; only its SHA-256 is stored. */
    static String newCode() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String fullName(long accountId) {
        return accounts.find(accountId).map(SignedInUser::fullName).orElse("—");
    }

    private Locale language(long accountId) {
        return accounts.contacts(accountId).map(c -> c.language()).filter(l -> "kk".equals(l.getLanguage()))
                .map(l -> KK).orElse(RU);
    }

    private String outcomeText(OutcomeRows.Row row) {
        return messages.getMessage("decision.outcome.variant." + row.variant().toLowerCase(Locale.ROOT), null,
                Locale.forLanguageTag(row.language()));
    }

    private void tellSigners(OutcomeRows.Row row) {
        for (long head : accounts.staffWithRole(row.providerId(), Role.PROVIDER_HEAD)) {
            notifications.notify(new Notice(head, "decision.outcome-to-sign", Map.of("number", row.number()),
                    Set.of(Channel.CABINET), ENTITY, row.id().toString()));
        }
    }

    private void tell(long accountId, String template, OutcomeRows.Row row, Map<String, String> extra) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("number", row.number());
        parameters.putAll(extra);
        notifications.notify(new Notice(accountId, template, parameters, Set.of(Channel.CABINET, Channel.EMAIL),
                ENTITY, row.id().toString()));
    }

    private SignedInUser staffOf(String providerId) {
        SignedInUser user = currentUser.requireMemberOf(providerId);
        if (!user.hasRole(Role.PROVIDER_OFFICER) && !user.hasRole(Role.PROVIDER_HEAD)) {
            throw LocalizedException.forbidden("identity.not-your-organisation");
        }
        return user;
    }

    /** The head of the organisation, or a member of its staff the head authorised; anyone else 403. */
    private SignedInUser signer(String providerId) {
        SignedInUser user = currentUser.requireMemberOf(providerId);
        if (!user.hasRole(Role.PROVIDER_HEAD) && !rows.isAuthorisedSigner(providerId, user.login())) {
            throw LocalizedException.forbidden("decision.outcome.signers-only");
        }
        return user;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    }
}
