package kz.attest.licensing;

import kz.attest.catalogue.DeadlineAnchor;
import kz.attest.catalogue.DeadlineRule;
import kz.attest.catalogue.DeadlineStep;
import kz.attest.catalogue.ServiceDefinition;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static kz.attest.web.Refusal.Kind.BAD_INPUT;
import static kz.attest.web.Refusal.Kind.WRONG_STATE;

/**
 * One request for a licence (issue) or for the re-issue of one (seed 003 appendix 1, seed 004 appendix 2): a draft the
 * applicant fills with documents and pays for, signed once the gateway reports the fee paid, then the provider's steps
 * in the catalogue's order until the licence is signed or the request refused.
 */
class LicenceRequest {

    enum Kind { ISSUE, REISSUE }

    enum Status { DRAFT, IN_PROGRESS, ISSUED, REFUSED, REFUSED_INCOMPLETE }

    record Document(java.util.UUID id, String type, String fileName, String contentType, int size, String sha256) {
    }

    record StepDone(DeadlineStep step, Instant dueAt, Instant doneAt, String actor, String note) {
    }

    Long id;
    String number;
    Kind kind;
    String service;
    long accountId;
    String applicantIin;
    String applicantName;
    String language;
    List<String> specialties = List.of();
    Long replacesLicenceId;
    String reissueReason;
    Status status = Status.DRAFT;
    String paymentReference;
    Payment.Status paymentStatus;
    Instant paymentCheckedAt;
    byte[] cms;
    String signer;
    Instant receivedAt;
    String refusalReason;
    Long licenceId;
    int version;
    Instant createdAt;
    final List<Document> documents = new ArrayList<>();
    final List<StepDone> steps = new ArrayList<>();

    boolean draft() {
        return status == Status.DRAFT;
    }

    void requireDraft() {
        if (!draft()) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.not-a-draft", number);
        }
    }

    /** A document of a type the catalogue lists for the service replaces one of the same type. */
    void attach(Document document, ServiceDefinition service) {
        requireDraft();
        if (!service.acceptedDocuments().contains(document.type())) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.document-type", document.type());
        }
        documents.removeIf(d -> d.type().equals(document.type()));
        documents.add(document);
    }

    /** The payment the applicant starts (or a payment made elsewhere they name) is now this request's. */
    void payWith(String reference) {
        requireDraft();
        if (paymentStatus == Payment.Status.PAID) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.payment-already-paid", paymentReference);
        }
        paymentReference = reference;
        paymentStatus = null;
        paymentCheckedAt = null;
    }

    /**
     * Seed 003 appendix 1: the portal checks the payment — the gateway's answer must be for this applicant, this
     * service and at least the fee, and paid; a pending payment is told as such and checked again next time.
     */
    void paymentChecked(Payment payment, long fee, Instant now) {
        if (!payment.payerIin().equals(applicantIin)) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.payment-other-payer", payment.reference());
        }
        if (!payment.service().equals(service)) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.payment-other-service", payment.reference());
        }
        if (payment.amountTiyn() < fee) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.payment-amount", payment.reference());
        }
        paymentStatus = payment.status();
        paymentCheckedAt = now;
    }

    /** Refused (409) unless the last answer of the gateway is "paid". */
    void requirePaid() {
        if (paymentReference == null) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.payment-missing");
        }
        if (paymentStatus == Payment.Status.PENDING) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.payment-pending", paymentReference);
        }
        if (paymentStatus != Payment.Status.PAID) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.payment-unpaid", paymentReference);
        }
    }

    /** Every document the catalogue requires is attached (400 naming the missing types otherwise). */
    void requireDocuments(ServiceDefinition service) {
        List<String> missing = service.requiredDocuments().stream()
                .filter(type -> documents.stream().noneMatch(d -> d.type().equals(type))).toList();
        if (!missing.isEmpty()) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.documents-missing", String.join(", ", missing));
        }
    }

    /** What the applicant signs: the request, its documents by digest and the payment. */
    byte[] canonicalContent() {
        StringBuilder text = new StringBuilder()
                .append("request=").append(number).append('\n')
                .append("kind=").append(kind).append('\n')
                .append("service=").append(service).append('\n')
                .append("iin=").append(applicantIin).append('\n')
                .append("specialties=").append(String.join(",", specialties)).append('\n')
                .append("replaces=").append(replacesLicenceId == null ? "" : replacesLicenceId).append('\n')
                .append("reason=").append(reissueReason == null ? "" : reissueReason).append('\n')
                .append("payment=").append(paymentReference == null ? "" : paymentReference).append('\n');
        documents.stream().sorted(java.util.Comparator.comparing(Document::type))
                .forEach(d -> text.append("document=").append(d.type()).append(' ').append(d.sha256()).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The signed request is received: the provider's steps start counting (seed 004 app.2 ¶7(1)). */
    void receive(byte[] signature, String signerName, Instant now) {
        requireDraft();
        requirePaid();
        cms = signature;
        signer = signerName;
        receivedAt = now;
        status = Status.IN_PROGRESS;
    }

    /** The first step of the table not yet done, while the request is in progress. */
    Optional<DeadlineRule> pendingStep(LegalSteps plan) {
        if (status != Status.IN_PROGRESS) {
            return Optional.empty();
        }
        return plan.rules().stream().filter(rule -> done(rule.step()).isEmpty()).findFirst();
    }

    Optional<StepDone> done(DeadlineStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst();
    }

    /** When the anchor of a rule was reached: receipt, or the completion of the step that reaches it. */
    Optional<Instant> reached(DeadlineAnchor anchor) {
        if (anchor == DeadlineAnchor.RECEIPT) {
            return Optional.ofNullable(receivedAt);
        }
        return steps.stream().filter(s -> LegalSteps.reaches(s.step(), anchor)).map(StepDone::doneAt).findFirst();
    }

    /** The due instant of a step from its anchor (or, if the table skips the anchor, from the last step done). */
    Instant due(DeadlineRule rule, LegalSteps plan) {
        Instant from = reached(rule.anchor()).orElseGet(() -> steps.isEmpty() ? receivedAt : steps.getLast().doneAt());
        return plan.due(rule.term(), from);
    }

    /** Completes the pending step; any other step is a 409 naming the pending one. */
    StepDone complete(DeadlineStep step, LegalSteps plan, String actor, String note, Instant now) {
        DeadlineRule pending = pendingStep(plan)
                .orElseThrow(() -> new LicensingRefusal(WRONG_STATE, "licensing.error.not-in-progress", number));
        if (pending.step() != step) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.step-not-pending", step, pending.step());
        }
        StepDone done = new StepDone(step, due(pending, plan), now, actor, note);
        steps.add(done);
        return done;
    }

    /** The licence is signed: the request ends issued. */
    void issued(long licence) {
        status = Status.ISSUED;
        licenceId = licence;
    }

    /**
     * A motivated refusal (seed 003 ¶5; seed 004 app.2 ¶7(3)): refusing to consider further while completeness is the
     * pending step, on the standard's grounds afterwards.
     */
    StepDone refuse(LegalSteps plan, String reason, String actor, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.reason-required");
        }
        DeadlineRule pending = pendingStep(plan)
                .orElseThrow(() -> new LicensingRefusal(WRONG_STATE, "licensing.error.not-in-progress", number));
        if (pending.step() == DeadlineStep.REGISTER || pending.step() == DeadlineStep.ASSIGN_OFFICER) {
            throw new LicensingRefusal(WRONG_STATE, "licensing.error.step-not-pending", pending.step(), pending.step());
        }
        StepDone done = new StepDone(pending.step(), due(pending, plan), now, actor, reason.strip());
        steps.add(done);
        refusalReason = reason.strip();
        status = pending.step() == DeadlineStep.COMPLETENESS_CHECK ? Status.REFUSED_INCOMPLETE : Status.REFUSED;
        return done;
    }
}
