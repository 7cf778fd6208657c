package kz.attest.licensing;

import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.DeadlineRule;
import kz.attest.catalogue.DeadlineStep;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.ServiceKind;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.OrganisationKind;
import kz.attest.identity.Organisations;
import kz.attest.identity.Role;
import kz.attest.identity.SignedInUser;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import kz.attest.signature.SignatureCheck;
import kz.attest.signature.SignatureRequest;
import kz.attest.signature.SignatureVerifier;
import kz.attest.web.LocalizedException;
import org.apache.tika.Tika;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Licence requests (seed 003 appendix 1 diagram 1, seed 004 appendix 2): the applicant starts an issue or re-issue
 * request, attaches the documents the catalogue lists, pays through the payment gateway and signs with EDS — the
 * payment and the prerequisite are checked (again) before the signature is accepted; then the provider's steps in the
 * catalogue's order, each with its legal due instant, until the licence is signed or the request refused.
 */
@Service
public class LicenceRequests {

    static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    private static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private final RequestRows requests;
    private final LicenceRows licences;
    private final Catalogue catalogue;
    private final WorkingCalendar calendar;
    private final Organisations organisations;
    private final CurrentUser currentUser;
    private final SignatureVerifier signatureVerifier;
    private final PaymentGateway gateway;
    private final LicencePrerequisites prerequisites;
    private final AuditLog auditLog;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final LicensingProperties properties;
    private final Clock clock;
    private final Tika tika = new Tika();

    LicenceRequests(RequestRows requests, LicenceRows licences, Catalogue catalogue, WorkingCalendar calendar,
                    Organisations organisations, CurrentUser currentUser, SignatureVerifier signatureVerifier,
                    PaymentGateway gateway, LicencePrerequisites prerequisites, AuditLog auditLog,
                    Notifications notifications, TransactionTemplate transaction, LicensingProperties properties,
                    Clock clock) {
        this.requests = requests;
        this.licences = licences;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.signatureVerifier = signatureVerifier;
        this.gateway = gateway;
        this.prerequisites = prerequisites;
        this.auditLog = auditLog;
        this.notifications = notifications;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the applicant

    /**
     * Starts a request. The prerequisite is checked now (before anything is paid) and again before signing; a
     * re-issue names the applicant's own active licence it replaces and the reason.
     */
    public long start(String serviceCode, String kindName, List<String> specialtiesAsked, String replacesNumber,
                      String reason) {
        SignedInUser applicant = applicant();
        ServiceDefinition service = catalogue.get(serviceCode);
        if (service.kind() != ServiceKind.LICENSE) {
            throw LocalizedException.badRequest("licensing.error.not-a-licence", serviceCode);
        }
        LicenceRequest.Kind kind = kind(kindName);
        LicenceRequest r = new LicenceRequest();
        r.kind = kind;
        r.service = service.code().value();
        r.accountId = applicant.accountId();
        r.applicantIin = applicant.iin();
        r.applicantName = applicant.fullName();
        r.language = applicant.language() == null ? "ru" : applicant.language().getLanguage();
        r.createdAt = clock.instant();
        if (kind == LicenceRequest.Kind.REISSUE) {
            if (reason == null || reason.isBlank()) {
                throw LocalizedException.badRequest("licensing.error.reason-required");
            }
            LicenceRows.Held replaced = ownActiveLicence(replacesNumber, applicant, service);
            r.replacesLicenceId = replaced.id();
            r.reissueReason = reason.strip();
            r.specialties = specialtiesAsked == null || specialtiesAsked.isEmpty()
                    ? licences.view(replaced.number()).orElseThrow().specialties() : specialties(service, specialtiesAsked);
        } else {
            r.specialties = specialties(service, specialtiesAsked);
        }
        requirePrerequisite(r, service);
        return transaction.execute(status -> {
            r.number = requests.nextNumber(LocalDate.now(clock.withZone(WorkingCalendar.ZONE)).getYear());
            long id = requests.insert(r);
            auditLog.record(applicant.login(), "licensing.request-started", "LicenceRequest", Long.toString(id),
                    r.number + " " + r.kind + " " + r.service + (r.replacesLicenceId == null ? ""
                            : " replacing licence " + replacesNumber));
            return id;
        });
    }

    /** Attaches a document of a type the catalogue lists (PDF, JPEG or PNG by content); the same type is replaced. */
    public RequestView attach(long id, String type, String fileName, byte[] content) {
        if (content == null || content.length == 0 || content.length > MAX_DOCUMENT_BYTES) {
            throw LocalizedException.badRequest("licensing.error.document-size");
        }
        String contentType = tika.detect(content);
        if (!DOCUMENT_TYPES.contains(contentType)) {
            throw LocalizedException.badRequest("licensing.error.document-content-type");
        }
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        SignedInUser applicant = applicant();
        return transaction.execute(status -> {
            LicenceRequest r = ownForUpdate(id, applicant);
            LicenceRequest.Document document = new LicenceRequest.Document(UUID.randomUUID(), type,
                    name.length() > 200 ? name.substring(0, 200) : name, contentType, content.length, sha256(content));
            r.attach(document, catalogue.get(r.service));
            requests.insertDocument(r.id, document, content, clock.instant());
            requests.update(r);
            auditLog.record(applicant.login(), "licensing.document-attached", "LicenceRequest", Long.toString(id),
                    type + " " + contentType + " " + content.length + " bytes sha256 " + document.sha256());
            return view(r);
        });
    }

    /**
     * Starts the fee's payment at the gateway (seed 003 appendix 1: "pay through ПШЭП"). On the demonstration gateway
     * {@code demoDigit} (0–9) is added in tiyn to the fee, so the amount's last digit chooses the outcome.
     */
    public RequestView pay(long id, Integer demoDigit) {
        SignedInUser applicant = applicant();
        LicenceRequest r = own(id, applicant);
        r.requireDraft();
        if (r.paymentStatus == Payment.Status.PAID) {
            throw LocalizedException.conflict("licensing.error.payment-already-paid", r.paymentReference);
        }
        long fee = properties.feeOf(r.service);
        if (demoDigit != null && (demoDigit < 0 || demoDigit > 9)) {
            throw LocalizedException.badRequest("licensing.error.demo-digit");
        }
        long amount = demoDigit != null && !properties.payments().http() ? fee + demoDigit : fee;
        Payment payment = gatewayCall(() -> gateway.create(r.applicantIin, r.service, amount));
        return transaction.execute(status -> {
            LicenceRequest locked = ownForUpdate(id, applicant);
            locked.payWith(payment.reference());
            requests.update(locked);
            auditLog.record(applicant.login(), "licensing.payment-started", "LicenceRequest", Long.toString(id),
                    payment.reference() + " " + payment.amountTiyn() + " tiyn");
            return view(locked);
        });
    }

    /** Names a payment made at the gateway beforehand; it must be this applicant's, for this service, of the fee. */
    public RequestView usePayment(long id, String reference) {
        if (reference == null || reference.isBlank()) {
            throw LocalizedException.badRequest("licensing.error.payment-reference");
        }
        SignedInUser applicant = applicant();
        LicenceRequest r = own(id, applicant);
        r.requireDraft();
        Payment payment = askGateway(reference.strip());
        r.paymentChecked(payment, properties.feeOf(r.service), clock.instant());   // refuses before anything is stored
        return storePayment(id, applicant, payment);
    }

    /** Asks the gateway again (a pending payment is re-checked, never assumed). */
    public RequestView checkPayment(long id) {
        SignedInUser applicant = applicant();
        LicenceRequest r = own(id, applicant);
        r.requireDraft();
        if (r.paymentReference == null) {
            throw LocalizedException.conflict("licensing.error.payment-missing");
        }
        Payment payment = askGateway(r.paymentReference);
        r.paymentChecked(payment, properties.feeOf(r.service), clock.instant());
        return storePayment(id, applicant, payment);
    }

    /**
     * What the applicant signs: only when every document is attached, the prerequisite holds and the gateway reports
     * the fee paid (seed 003 appendix 1: the payment is checked before signing).
     */
    public byte[] contentToSign(long id) {
        SignedInUser applicant = applicant();
        LicenceRequest r = readyToSign(own(id, applicant));
        return r.canonicalContent();
    }

    /**
     * Submits the request with the applicant's detached CMS of {@link #contentToSign}: the payment and the prerequisite
     * are checked again, the certificate's validity, revocation and IIN = applicant by {@link SignatureVerifier}; any
     * refusal stores nothing. Submitting a submitted request again returns it.
     */
    public RequestView submit(long id, byte[] cms) {
        SignedInUser applicant = applicant();
        LicenceRequest r = own(id, applicant);
        if (!r.draft() && r.cms != null && cms != null && Arrays.equals(r.cms, cms)) {
            return view(r);
        }
        r.requireDraft();
        if (cms == null || cms.length == 0) {
            throw LocalizedException.badRequest("licensing.error.signature-required");
        }
        readyToSign(r);
        byte[] content = r.canonicalContent();
        SignatureCheck check = signatureVerifier.verify(SignatureRequest.detached(cms, content, r.applicantIin)).orThrow();
        try {
            return transaction.execute(status -> {
                LicenceRequest locked = ownForUpdate(id, applicant);
                if (!Arrays.equals(locked.canonicalContent(), content)) {
                    throw LocalizedException.conflict("licensing.error.request-changed", locked.number);
                }
                locked.paymentStatus = r.paymentStatus;
                locked.paymentCheckedAt = r.paymentCheckedAt;
                Instant now = clock.instant();
                locked.receive(cms, check.signer() == null ? null : check.signer().commonName(), now);
                requests.update(locked);
                auditLog.record(applicant.login(), "licensing.request-submitted", "LicenceRequest", Long.toString(id),
                        locked.number + " payment " + locked.paymentReference + " signed by " + locked.signer);
                notify(locked, "licensing.received", Map.of("number", locked.number));
                return view(locked);
            });
        } catch (DuplicateKeyException e) {
            throw LocalizedException.conflict("licensing.error.reissue-in-progress");
        }
    }

    /** The request, for its applicant or the provider's staff. */
    public RequestView view(long id) {
        SignedInUser user = currentUser.require();
        LicenceRequest r = requests.find(id).orElseThrow(() -> notFound(id));
        if (user.isStaff()) {
            currentUser.requireMemberOf(providerOf(r));
        } else if (r.accountId != user.accountId()) {
            throw notFound(id);
        }
        return view(r);
    }

    /** The applicant's IIN of a request the provider's staff may see (for the registry checks). */
    String applicantIin(long id) {
        LicenceRequest r = requests.find(id).orElseThrow(() -> notFound(id));
        currentUser.requireMemberOf(providerOf(r));
        return r.applicantIin;
    }

    /** The signed-in applicant's requests. */
    public List<RequestView> mine() {
        return requests.ofAccount(applicant().accountId()).stream().map(this::view).toList();
    }

    /** A stored document of the request, for its applicant or the provider's staff. */
    RequestRows.DocumentContent document(long id, UUID documentId) {
        view(id);
        return requests.document(id, documentId).orElseThrow(() -> notFound(id));
    }

    // ---------------------------------------------------------------- the provider

    /** The provider's queue: requests in progress with the pending step, its due instant and whether it is overdue. */
    public List<RequestView> queue() {
        SignedInUser staff = staff();
        return requests.inProgress().stream().filter(r -> providerOf(r).equals(staff.organisationId()))
                .map(this::view).toList();
    }

    /**
     * Completes the pending step (register, assign, completeness confirmed, licence prepared, approved). Approval is
     * the director's (a head); any other step is an officer's.
     */
    public RequestView complete(long id, String stepName, String note) {
        SignedInUser staff = staff();
        DeadlineStep step = step(stepName);
        if (step == DeadlineStep.LICENCE_SIGNING) {
            throw LocalizedException.conflict("licensing.error.sign-with-licence");
        }
        if (step == DeadlineStep.LICENCE_APPROVAL) {
            requireHead(staff);
        }
        return transaction.execute(status -> {
            LicenceRequest r = forUpdate(id, staff);
            LicenceRequest.StepDone done = r.complete(step, plan(r), staff.login(), blankToNull(note), clock.instant());
            requests.insertStep(r.id, done);
            requests.update(r);
            auditLog.record(staff.login(), "licensing.step-done", "LicenceRequest", Long.toString(id),
                    r.number + " " + step + (done.doneAt().isAfter(done.dueAt()) ? " late (due " + done.dueAt() + ")" : ""));
            return view(r);
        });
    }

    /**
     * A motivated refusal with reasons: while completeness is pending a written refusal to consider further, signed by
     * the director and the deputy head (seed 004 app.2 ¶7(3)), so a head's; afterwards on the standard's grounds.
     */
    public RequestView refuse(long id, String reason) {
        SignedInUser staff = staff();
        return transaction.execute(status -> {
            LicenceRequest r = forUpdate(id, staff);
            LegalSteps plan = plan(r);
            if (r.pendingStep(plan).map(DeadlineRule::step).orElse(null) == DeadlineStep.COMPLETENESS_CHECK) {
                requireHead(staff);
            }
            LicenceRequest.StepDone done = r.refuse(plan, reason, staff.login(), clock.instant());
            requests.insertStep(r.id, done);
            requests.update(r);
            auditLog.record(staff.login(), "licensing.request-refused", "LicenceRequest", Long.toString(id),
                    r.number + " " + r.status + ": " + r.refusalReason);
            notify(r, r.status == LicenceRequest.Status.REFUSED_INCOMPLETE ? "licensing.refused-incomplete"
                    : "licensing.refused", Map.of("number", r.number, "reason", r.refusalReason));
            return view(r);
        });
    }

    // ---------------------------------------------------------------- used by the registry and the pages

    LicenceRequest requireSigningStep(long id, SignedInUser head) {
        LicenceRequest r = requests.find(id).orElseThrow(() -> notFound(id));
        currentUser.requireMemberOf(providerOf(r));
        DeadlineStep pending = r.pendingStep(plan(r)).map(DeadlineRule::step).orElse(null);
        if (pending != DeadlineStep.LICENCE_SIGNING) {
            throw LocalizedException.conflict("licensing.error.step-not-pending", DeadlineStep.LICENCE_SIGNING,
                    pending == null ? r.status : pending);
        }
        return r;
    }

    LicenceRequest.StepDone signingDone(LicenceRequest r, String actor) {
        LicenceRequest.StepDone done = r.complete(DeadlineStep.LICENCE_SIGNING, plan(r), actor, null, clock.instant());
        requests.insertStep(r.id, done);
        return done;
    }

    LicenceRequest lockForSigning(long id) {
        return requests.findForUpdate(id).orElseThrow(() -> notFound(id));
    }

    void save(LicenceRequest r) {
        requests.update(r);
    }

    void notify(LicenceRequest r, String template, Map<String, String> parameters) {
        notifications.notify(new Notice(r.accountId, template, parameters, Set.of(Channel.CABINET, Channel.EMAIL),
                "LicenceRequest", Long.toString(r.id), providerOf(r)));
    }

    String providerOf(LicenceRequest r) {
        return providerOf(catalogue.get(r.service));
    }

    String providerOf(ServiceDefinition service) {
        return organisations.byKind(OrganisationKind.valueOf(service.provider().name())).getFirst().id();
    }

    SignedInUser staff() {
        SignedInUser user = currentUser.require();
        if (!user.hasRole(Role.PROVIDER_OFFICER) && !user.hasRole(Role.PROVIDER_HEAD)) {
            throw LocalizedException.forbidden("licensing.error.staff-only");
        }
        return user;
    }

    static void requireHead(SignedInUser user) {
        if (!user.hasRole(Role.PROVIDER_HEAD)) {
            throw LocalizedException.forbidden("licensing.error.head-only");
        }
    }

    RequestView view(LicenceRequest r) {
        LegalSteps plan = plan(r);
        Instant now = clock.instant();
        Optional<DeadlineRule> pending = r.pendingStep(plan);
        Instant due = pending.map(rule -> r.due(rule, plan)).orElse(null);
        String replaces = r.replacesLicenceId == null ? null
                : licences.held(r.replacesLicenceId).map(LicenceRows.Held::number).orElse(null);
        String licence = r.licenceId == null ? null : licences.held(r.licenceId).map(LicenceRows.Held::number).orElse(null);
        return new RequestView(r.id, r.number, r.kind.name(), r.service, r.status.name(), r.specialties, replaces,
                r.reissueReason, r.paymentReference, r.paymentStatus == null ? null : r.paymentStatus.name(),
                List.copyOf(r.documents), r.receivedAt, pending.map(rule -> rule.step().name()).orElse(null), due,
                due != null && now.isAfter(due),
                r.steps.stream().map(s -> new RequestView.Step(s.step().name(), s.dueAt(), s.doneAt(), s.actor(),
                        s.note(), s.doneAt().isAfter(s.dueAt()))).toList(),
                licence, r.refusalReason);
    }

    LegalSteps plan(LicenceRequest r) {
        return new LegalSteps(catalogue.get(r.service), r.kind, calendar);
    }

    // ---------------------------------------------------------------- checks

    private LicenceRequest readyToSign(LicenceRequest r) {
        r.requireDraft();
        ServiceDefinition service = catalogue.get(r.service);
        r.requireDocuments(service);
        requirePrerequisite(r, service);
        if (r.replacesLicenceId != null) {
            LicenceRows.Held replaced = licences.held(r.replacesLicenceId).orElseThrow();
            if (!"ACTIVE".equals(replaced.status())) {
                throw LocalizedException.conflict("licensing.error.licence-not-active", replaced.number());
            }
        }
        if (r.paymentReference == null) {
            throw LocalizedException.conflict("licensing.error.payment-missing");
        }
        Payment payment = askGateway(r.paymentReference);
        r.paymentChecked(payment, properties.feeOf(r.service), clock.instant());
        r.requirePaid();
        return r;
    }

    /** Seed 004 app.2 (an appendix-3 decision), seed 003 (an appendix-5 certificate covering the specialties). */
    void requirePrerequisite(LicenceRequest r, ServiceDefinition service) {
        service.prerequisite().ifPresent(code -> {
            ServiceDefinition prerequisite = catalogue.get(code);
            PrerequisiteCheck check = prerequisites.check(r.applicantIin, prerequisite.decisionForm().code(),
                    new LinkedHashSet<>(r.specialties), LocalDate.now(clock.withZone(WorkingCalendar.ZONE)));
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            String document = prerequisite.decisionForm().title().in(locale);
            switch (check.outcome()) {
                case MET -> { }
                case MISSING -> throw LocalizedException.conflict("licensing.error.prerequisite-missing", document);
                case EXPIRED -> throw LocalizedException.conflict("licensing.error.prerequisite-expired", document,
                        check.documentNumber(), check.validUntil() == null ? "" : check.validUntil().toString());
                case REVOKED -> throw LocalizedException.conflict("licensing.error.prerequisite-revoked", document,
                        check.documentNumber());
                case SPECIALTIES_NOT_COVERED -> throw LocalizedException.conflict(
                        "licensing.error.prerequisite-specialties", document, check.documentNumber(),
                        String.join(", ", check.missingSpecialties().stream()
                                .map(s -> catalogue.specialty(s).name().in(locale)).toList()));
            }
        });
    }

    private List<String> specialties(ServiceDefinition service, List<String> asked) {
        List<String> chosen = asked == null ? List.of() : asked.stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).distinct().toList();
        boolean perSpecialty = service.prerequisite().flatMap(code -> catalogue.get(code).specialtyGroup()).isPresent();
        if (perSpecialty && chosen.isEmpty()) {
            throw LocalizedException.badRequest("licensing.error.specialties-required");
        }
        if (!perSpecialty && !chosen.isEmpty()) {
            throw LocalizedException.badRequest("licensing.error.specialties-not-asked");
        }
        for (String code : chosen) {
            if (catalogue.specialties().stream().noneMatch(s -> s.code().equals(code))) {
                throw LocalizedException.badRequest("licensing.error.specialty-unknown", code);
            }
        }
        return chosen;
    }

    private LicenceRows.Held ownActiveLicence(String number, SignedInUser applicant, ServiceDefinition service) {
        if (number == null || number.isBlank()) {
            throw LocalizedException.badRequest("licensing.error.licence-required");
        }
        LicenceRows.Held held = licences.held(number.strip())
                .orElseThrow(() -> LocalizedException.notFound("licensing.error.licence-unknown", number));
        if (held.holderAccountId() != applicant.accountId() || !held.holderIin().equals(applicant.iin())) {
            throw LocalizedException.forbidden("licensing.error.licence-not-yours", number);
        }
        if (!held.service().equals(service.code().value())) {
            throw LocalizedException.badRequest("licensing.error.licence-other-service", number);
        }
        if (!"ACTIVE".equals(held.status())) {
            throw LocalizedException.conflict("licensing.error.licence-not-active", number);
        }
        return held;
    }

    private RequestView storePayment(long id, SignedInUser applicant, Payment payment) {
        return transaction.execute(status -> {
            LicenceRequest locked = ownForUpdate(id, applicant);
            locked.requireDraft();
            locked.paymentReference = payment.reference();
            locked.paymentChecked(payment, properties.feeOf(locked.service), clock.instant());
            requests.update(locked);
            auditLog.record(applicant.login(), "licensing.payment-checked", "LicenceRequest", Long.toString(id),
                    payment.reference() + " " + payment.status());
            return view(locked);
        });
    }

    private Payment askGateway(String reference) {
        return gatewayCall(() -> gateway.status(reference))
                .orElseThrow(() -> LocalizedException.badRequest("licensing.error.payment-unknown", reference));
    }

    /** A gateway that does not answer is "unavailable": a 409 asking to try again, never a 5xx and never "paid". */
    private static <T> T gatewayCall(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (PaymentGatewayUnavailableException e) {
            throw new LocalizedException(HttpStatus.CONFLICT, "licensing.error.payment-gateway-unavailable");
        }
    }

    private SignedInUser applicant() {
        SignedInUser user = currentUser.require();
        if (!user.hasRole(Role.APPLICANT) || user.iin() == null) {
            throw LocalizedException.forbidden("licensing.error.applicant-only");
        }
        return user;
    }

    private LicenceRequest own(long id, SignedInUser applicant) {
        return requests.find(id).filter(r -> r.accountId == applicant.accountId()).orElseThrow(() -> notFound(id));
    }

    private LicenceRequest ownForUpdate(long id, SignedInUser applicant) {
        return requests.findForUpdate(id).filter(r -> r.accountId == applicant.accountId())
                .orElseThrow(() -> notFound(id));
    }

    private LicenceRequest forUpdate(long id, SignedInUser staff) {
        LicenceRequest r = requests.findForUpdate(id).orElseThrow(() -> notFound(id));
        currentUser.requireMemberOf(providerOf(r));
        return r;
    }

    private static LicenceRequest.Kind kind(String name) {
        try {
            return name == null ? LicenceRequest.Kind.ISSUE : LicenceRequest.Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw LocalizedException.badRequest("licensing.error.kind", name);
        }
    }

    private static DeadlineStep step(String name) {
        try {
            return DeadlineStep.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw LocalizedException.badRequest("licensing.error.step-unknown", name);
        }
    }

    private static LocalizedException notFound(long id) {
        return LocalizedException.notFound("licensing.error.request-unknown", id);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
