package kz.attest.licensing;

import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.ServiceKind;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.SignedInUser;
import kz.attest.signature.SignatureCheck;
import kz.attest.signature.SignatureRequest;
import kz.attest.signature.SignatureVerifier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.tika.Tika;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static kz.attest.web.Refusal.Kind.BAD_INPUT;
import static kz.attest.web.Refusal.Kind.WRONG_STATE;

/**
 * Licence requests (seed 003 appendix 1 diagram 1, seed 004 appendix 2): the applicant starts an issue or re-issue
 * request, attaches the documents the catalogue lists, pays through the payment gateway and signs with EDS — the
 * payment and the prerequisite are checked (again) before the signature is accepted; then the provider's steps in the
 * catalogue's order, each with its legal due instant, until the licence is signed or the request refused.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LicenceRequests {

    static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    private static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private final RequestRows requests;
    private final LicenceRows licences;
    private final Catalogue catalogue;
    private final CurrentUser currentUser;
    private final SignatureVerifier signatureVerifier;
    private final PaymentGateway gateway;
    private final RequestSupport support;
    private final RequestChecks checks;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final LicensingProperties properties;
    private final Clock clock;
    private final Tika tika = new Tika();

    /**
     * Starts a request. The prerequisite is checked now (before anything is paid) and again before signing; a
     * re-issue names the applicant's own active licence it replaces and the reason.
     */
    public long start(String serviceCode, String kindName, List<String> specialtiesAsked, String replacesNumber,
                      String reason) {
        SignedInUser applicant = support.applicant();
        ServiceDefinition service = catalogue.get(serviceCode);
        if (service.kind() != ServiceKind.LICENSE) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.not-a-licence", serviceCode);
        }
        LicenceRequest.Kind kind = RequestSupport.kind(kindName);
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
                throw new LicensingRefusal(BAD_INPUT, "licensing.error.reason-required");
            }
            LicenceRows.Held replaced = checks.ownActiveLicence(replacesNumber, applicant, service);
            r.replacesLicenceId = replaced.id();
            r.reissueReason = reason.strip();
            r.specialties = specialtiesAsked == null || specialtiesAsked.isEmpty()
                    ? licences.view(replaced.number()).orElseThrow().specialties() : checks.specialties(service, specialtiesAsked);
        } else {
            r.specialties = checks.specialties(service, specialtiesAsked);
        }
        checks.requirePrerequisite(r, service);
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
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.document-size");
        }
        String contentType = tika.detect(content);
        if (!DOCUMENT_TYPES.contains(contentType)) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.document-content-type");
        }
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        SignedInUser applicant = support.applicant();
        return transaction.execute(status -> {
            LicenceRequest r = support.ownForUpdate(id, applicant);
            LicenceRequest.Document document = new LicenceRequest.Document(UUID.randomUUID(), type,
                    name.length() > 200 ? name.substring(0, 200) : name, contentType, content.length, DigestUtils.sha256Hex(content));
            r.attach(document, catalogue.get(r.service));
            requests.insertDocument(r.id, document, content, clock.instant());
            requests.update(r);
            auditLog.record(applicant.login(), "licensing.document-attached", "LicenceRequest", Long.toString(id),
                    type + " " + contentType + " " + content.length + " bytes sha256 " + document.sha256());
            return support.view(r);
        });
    }

    /**
     * Starts the fee's payment at the gateway (seed 003 appendix 1: "pay through ПШЭП"). On the demonstration gateway
     * {@code demoDigit} (0–9) is added in tiyn to the fee, so the amount's last digit chooses the outcome.
     */
    public RequestView pay(long id, Integer demoDigit) {
        SignedInUser applicant = support.applicant();
        LicenceRequest r = support.own(id, applicant);
        r.requireDraft();
        if (r.paymentStatus == Payment.Status.PAID) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.payment-already-paid", r.paymentReference);
        }
        long fee = properties.feeOf(r.service);
        if (demoDigit != null && (demoDigit < 0 || demoDigit > 9)) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.demo-digit");
        }
        long amount = demoDigit != null && !properties.payments().http() ? fee + demoDigit : fee;
        Payment payment = RequestChecks.gatewayCall(() -> gateway.create(r.applicantIin, r.service, amount));
        return transaction.execute(status -> {
            LicenceRequest locked = support.ownForUpdate(id, applicant);
            locked.payWith(payment.reference());
            requests.update(locked);
            auditLog.record(applicant.login(), "licensing.payment-started", "LicenceRequest", Long.toString(id),
                    payment.reference() + " " + payment.amountTiyn() + " tiyn");
            return support.view(locked);
        });
    }

    /** Names a payment made at the gateway beforehand; it must be this applicant's, for this service, of the fee. */
    public RequestView usePayment(long id, String reference) {
        if (reference == null || reference.isBlank()) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.payment-reference");
        }
        SignedInUser applicant = support.applicant();
        LicenceRequest r = support.own(id, applicant);
        r.requireDraft();
        Payment payment = checks.askGateway(reference.strip());
        r.paymentChecked(payment, properties.feeOf(r.service), clock.instant());   // refuses before anything is stored
        return storePayment(id, applicant, payment);
    }

    /** Asks the gateway again (a pending payment is re-checked, never assumed). */
    public RequestView checkPayment(long id) {
        SignedInUser applicant = support.applicant();
        LicenceRequest r = support.own(id, applicant);
        r.requireDraft();
        if (r.paymentReference == null) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.payment-missing");
        }
        Payment payment = checks.askGateway(r.paymentReference);
        r.paymentChecked(payment, properties.feeOf(r.service), clock.instant());
        return storePayment(id, applicant, payment);
    }

    /**
     * What the applicant signs: only when every document is attached, the prerequisite holds and the gateway reports
     * the fee paid (seed 003 appendix 1: the payment is checked before signing).
     */
    public byte[] contentToSign(long id) {
        SignedInUser applicant = support.applicant();
        LicenceRequest r = checks.readyToSign(support.own(id, applicant));
        return r.canonicalContent();
    }

    /**
     * Submits the request with the applicant's detached CMS of {@link #contentToSign}: the payment and the prerequisite
     * are checked again, the certificate's validity, revocation and IIN = applicant by {@link SignatureVerifier}; any
     * refusal stores nothing. Submitting a submitted request again returns it.
     */
    public RequestView submit(long id, byte[] cms) {
        SignedInUser applicant = support.applicant();
        LicenceRequest r = support.own(id, applicant);
        if (!r.draft() && r.cms != null && cms != null && Arrays.equals(r.cms, cms)) {
            return support.view(r);
        }
        r.requireDraft();
        if (cms == null || cms.length == 0) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.signature-required");
        }
        checks.readyToSign(r);
        byte[] content = r.canonicalContent();
        SignatureCheck check = signatureVerifier.verify(SignatureRequest.detached(cms, content, r.applicantIin)).orThrow();
        try {
            return transaction.execute(status -> {
                LicenceRequest locked = support.ownForUpdate(id, applicant);
                if (!Arrays.equals(locked.canonicalContent(), content)) {
                    throw new LicensingRefusal(WRONG_STATE, "licensing.error.request-changed", locked.number);
                }
                locked.paymentStatus = r.paymentStatus;
                locked.paymentCheckedAt = r.paymentCheckedAt;
                Instant now = clock.instant();
                locked.receive(cms, check.signer() == null ? null : check.signer().commonName(), now);
                requests.update(locked);
                auditLog.record(applicant.login(), "licensing.request-submitted", "LicenceRequest", Long.toString(id),
                        locked.number + " payment " + locked.paymentReference + " signed by " + locked.signer);
                support.notify(locked, "licensing.received", Map.of("number", locked.number));
                return support.view(locked);
            });
        } catch (DuplicateKeyException e) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.reissue-in-progress");
        }
    }

    /** The request, for its applicant or the provider's staff. */
    public RequestView view(long id) {
        SignedInUser user = currentUser.require();
        LicenceRequest r = requests.find(id).orElseThrow(() -> RequestSupport.notFound(id));
        if (user.isStaff()) {
            currentUser.requireMemberOf(support.providerOf(r));
        } else if (r.accountId != user.accountId()) {
            throw RequestSupport.notFound(id);
        }
        return support.view(r);
    }

    /** The applicant's IIN of a request the provider's staff may see (for the registry checks). */
    String applicantIin(long id) {
        LicenceRequest r = requests.find(id).orElseThrow(() -> RequestSupport.notFound(id));
        currentUser.requireMemberOf(support.providerOf(r));
        return r.applicantIin;
    }

    /**
     * The prerequisite of the applicant's request as the registry answers it now (seed 004 app.2, seed 003): empty
     * when it is met, otherwise the refusal naming what is missing.
     */
    public Optional<kz.attest.web.Refusal> prerequisiteProblem(long id) {
        LicenceRequest r = support.own(id, support.applicant());
        try {
            checks.requirePrerequisite(r, catalogue.get(r.service));
            return Optional.empty();
        } catch (kz.attest.web.Refusal refused) {
            return Optional.of(refused);
        }
    }

    /** The signed-in applicant's requests. */
    public List<RequestView> mine() {
        return requests.ofAccount(support.applicant().accountId()).stream().map(support::view).toList();
    }

    /** A stored document of the request, for its applicant or the provider's staff. */
    RequestRows.DocumentContent document(long id, UUID documentId) {
        view(id);
        return requests.document(id, documentId).orElseThrow(() -> RequestSupport.notFound(id));
    }

    private RequestView storePayment(long id, SignedInUser applicant, Payment payment) {
        return transaction.execute(status -> {
            LicenceRequest locked = support.ownForUpdate(id, applicant);
            locked.requireDraft();
            locked.paymentReference = payment.reference();
            locked.paymentChecked(payment, properties.feeOf(locked.service), clock.instant());
            requests.update(locked);
            auditLog.record(applicant.login(), "licensing.payment-checked", "LicenceRequest", Long.toString(id),
                    payment.reference() + " " + payment.status());
            return support.view(locked);
        });
    }
}
