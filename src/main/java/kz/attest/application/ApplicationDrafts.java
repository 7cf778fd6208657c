package kz.attest.application;

import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ExpertSpecialty;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Organisation;
import kz.attest.identity.OrganisationKind;
import kz.attest.identity.Organisations;
import kz.attest.identity.SignedInUser;
import kz.attest.signature.SignatureCheck;
import kz.attest.signature.SignatureRequest;
import kz.attest.signature.SignatureVerifier;
import kz.attest.web.Refusal.Kind;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The applicant's side of submission (lifecycle.md "Submission"): choose a service and its provider, fill the form,
 * attach typed documents, then sign the canonical content with EDS and submit. A signature that does not verify, or
 * whose certificate names another IIN, is refused and nothing is stored; submitting a draft twice yields one
 * application.
 */
@Service
public class ApplicationDrafts {

    private final DraftRows drafts;
    private final ApplicationRows applications;
    private final Catalogue catalogue;
    private final WorkingCalendar calendar;
    private final Organisations organisations;
    private final CurrentUser currentUser;
    private final SignatureVerifier signatureVerifier;
    private final AuditLog auditLog;
    private final StatusNotices notices;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DocumentInspector inspector;
    /** The decision module's port; required, so that a wiring slip cannot silently lift the ¶19/¶23 bans. */
    private final RetakeEligibility retakes;

    ApplicationDrafts(DraftRows drafts, ApplicationRows applications, Catalogue catalogue, WorkingCalendar calendar,
                      Organisations organisations, CurrentUser currentUser, SignatureVerifier signatureVerifier,
                      AuditLog auditLog, StatusNotices notices, TransactionTemplate transaction, Clock clock,
                      ApplicationProperties properties, RetakeEligibility retakes) {
        this.drafts = drafts;
        this.applications = applications;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.signatureVerifier = signatureVerifier;
        this.auditLog = auditLog;
        this.notices = notices;
        this.transaction = transaction;
        this.clock = clock;
        this.inspector = new DocumentInspector(properties.maxDocumentSize());
        this.retakes = retakes;
    }

    /**
     * The organisations that provide a service: the regional justice departments for ДЮ services, the Centre of
     * Forensic Expertise or the Ministry otherwise (the catalogue's provider kind names the organisation kind).
     */
    public List<Organisation> providersFor(ServiceCode service) {
        return organisations.byKind(OrganisationKind.valueOf(catalogue.get(service).provider().name()));
    }

    /** The expert specialties the applicant may choose for the service; empty when it is not per specialty. */
    public List<ExpertSpecialty> specialtiesFor(ServiceCode service) {
        return catalogue.specialtiesFor(service);
    }

    /** Starts a draft application to the chosen provider of the service. */
    @Transactional
    public DraftView start(ServiceCode service, String providerId) {
        SignedInUser applicant = applicant();
        ServiceDefinition definition = catalogue.get(service);
        if (providersFor(definition.code()).stream().noneMatch(o -> o.id().equals(providerId))) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.provider-invalid");
        }
        Draft draft = Draft.start(applicant.accountId(), applicant.iin(), definition.code(), providerId, clock.instant());
        drafts.insert(draft);
        auditLog.record(applicant.login(), "application.draft-started", "ApplicationDraft", draft.id().toString(),
                service + " to " + providerId);
        return DraftView.of(draft);
    }

    /** The applicant's draft. */
    @Transactional(readOnly = true)
    public DraftView draft(UUID draftId) {
        return DraftView.of(own(draftId));
    }

    /** The applicant's drafts not yet submitted. */
    @Transactional(readOnly = true)
    public List<DraftView> openDrafts() {
        return drafts.openDraftsOf(applicant().accountId()).stream().map(DraftView::of).toList();
    }

    /** Saves the form's answers. */
    @Transactional
    public DraftView answer(UUID draftId, DraftAnswers answers) {
        Draft draft = ownForUpdate(draftId);
        draft.fill(answers.specialties(), answers.declarations(), answers.consent(),
                catalogue.specialtiesFor(draft.service()), clock.instant());
        drafts.update(draft);
        auditLog.record("application.draft-saved", "ApplicationDraft", draftId.toString(),
                "specialties " + draft.specialties() + ", declarations " + draft.declarations().size()
                        + ", consent " + draft.consent());
        return DraftView.of(draft);
    }

    /**
     * Attaches a document of a type the service requires; its type is detected from the bytes (PDF, JPEG, PNG), an
     * empty or over-large file is refused. A document of the same type is replaced.
     */
    @Transactional
    public DocumentView attach(UUID draftId, String documentType, String fileName, byte[] content) {
        Draft draft = ownForUpdate(draftId);
        String contentType = inspector.inspect(fileName, content);
        AttachedDocument document = draft.attach(documentType, DocumentInspector.cleanName(fileName), contentType,
                content.length, DigestUtils.sha256Hex(content), catalogue.get(draft.service()), clock.instant());
        drafts.deleteDocumentsNotIn(draft);
        drafts.insertDocument(draftId, document, content);
        drafts.update(draft);
        auditLog.record("application.document-attached", "ApplicationDraft", draftId.toString(),
                documentType + " " + contentType + " " + content.length + " bytes sha256 " + document.sha256());
        return DocumentView.of(document);
    }

    /** Removes a document from the draft. */
    @Transactional
    public void removeDocument(UUID draftId, UUID documentId) {
        Draft draft = ownForUpdate(draftId);
        draft.remove(documentId);
        drafts.deleteDocumentsNotIn(draft);
        auditLog.record("application.document-removed", "ApplicationDraft", draftId.toString(), documentId.toString());
    }

    /** The bytes to sign (or, once submitted, that were signed): refused (400) unless the form is complete. */
    @Transactional(readOnly = true)
    public byte[] contentToSign(UUID draftId) {
        Draft draft = own(draftId);
        if (draft.submitted()) {
            return draft.canonicalContent();
        }
        draft.checkReadyToSign(catalogue.get(draft.service()), catalogue.specialtiesFor(draft.service()));
        return draft.canonicalContent();
    }

    /**
     * Submits the draft with the applicant's detached CMS signature of {@link #contentToSign}. The signature is
     * verified (outside the transaction: it may consult revocation lists) against the applicant's IIN; a refusal is a
     * 400 with the reason and stores nothing. Submitting an already submitted draft returns the same application.
     */
    public ApplicationView submit(UUID draftId, byte[] cms) {
        SignedInUser applicant = applicant();
        Draft draft = own(draftId);
        if (draft.submitted()) {
            return alreadySubmitted(draft);
        }
        if (cms == null || cms.length == 0) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.signature-required");
        }
        draft.checkReadyToSign(catalogue.get(draft.service()), catalogue.specialtiesFor(draft.service()));
        refuseSecondOpen(draft);
        refuseEarlyRetake(draft);
        byte[] content = draft.canonicalContent();
        SignatureCheck check = signatureVerifier.verify(SignatureRequest.detached(cms, content, applicant.iin()))
                .orThrow();
        Long id = transaction.execute(status -> {
            Draft locked = drafts.findForUpdate(draftId).orElseThrow();
            if (locked.submitted()) {
                return locked.applicationId();   // a double click: the first submission won
            }
            if (!Arrays.equals(locked.canonicalContent(), content)) {
                throw new ApplicationRefusal(Kind.WRONG_STATE, "application.error.draft-changed");
            }
            applications.lockAccount(locked.accountId());   // two drafts of one service submitted at once
            refuseSecondOpen(locked);
            Instant now = clock.instant();
            ServiceDefinition definition = catalogue.get(locked.service());
            Application application = Application.submit(locked.id(), locked.accountId(), locked.applicantIin(),
                    locked.service(), locked.providerId(), applicant.login(), now,
                    new LegalDeadlines(definition, calendar));
            long applicationId = applications.insert(application, content, cms,
                    check.signer() == null ? null : check.signer().commonName());
            locked.submittedAs(applicationId, now);
            drafts.update(locked);
            notices.announce(applications.find(applicationId).orElseThrow(), applicant.login());
            return applicationId;
        });
        return alreadySubmitted(drafts.find(draftId).orElseThrow());
    }

    /**
     * ¶19, ¶23, ¶50, ¶74, ¶97: too early after a failed test or a removal is a 409 naming the earliest day; a retake
     * without the documents a retake requires (¶74) is a 409 naming them.
     */
    private void refuseEarlyRetake(Draft draft) {
        LocalDate today = clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
        retakes.refusal(draft.accountId(), draft.service(), today).ifPresent(refusal -> {
            throw new ApplicationRefusal(Kind.WRONG_STATE, refusal.messageKey(),
                    refusal.earliest().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        });
        // ¶74: a retake of a qualification must carry the certificate of the additional training
        List<String> missing = retakes.documentsRequired(draft.accountId(), draft.service(), today).stream()
                .filter(type -> !draft.hasDocument(type)).toList();
        if (!missing.isEmpty()) {
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            throw new ApplicationRefusal(Kind.WRONG_STATE, "application.error.retake-document-missing", String.join(", ",
                    missing.stream().map(type -> catalogue.documentType(type).name().in(locale)).toList()));
        }
    }

    /** One applicant may have only one open application per service: a second one is a 409 naming the first. */
    private void refuseSecondOpen(Draft draft) {
        applications.openOf(draft.accountId(), draft.service()).ifPresent(open -> {
            throw new ApplicationRefusal(Kind.WRONG_STATE, "application.error.already-open",
                    open.registrationNumber() == null ? "#" + open.id() : open.registrationNumber());
        });
    }

    private ApplicationView alreadySubmitted(Draft draft) {
        Application application = applications.find(draft.applicationId()).orElseThrow();
        if (application.status() == ApplicationStatus.WITHDRAWN) {
            throw new ApplicationRefusal(Kind.WRONG_STATE, "application.error.withdrawn");
        }
        return Applications.view(application, draft, calendar, clock);
    }

    private Draft own(UUID draftId) {
        return owned(drafts.find(draftId).orElse(null));
    }

    private Draft ownForUpdate(UUID draftId) {
        return owned(drafts.findForUpdate(draftId).orElse(null));
    }

    private Draft owned(Draft draft) {
        SignedInUser applicant = applicant();
        if (draft == null || draft.accountId() != applicant.accountId()) {
            throw new ApplicationRefusal(Kind.NOT_FOUND, "application.error.draft-not-found");
        }
        return draft;
    }

    private SignedInUser applicant() {
        SignedInUser user = currentUser.require();
        if (user.iin() == null) {
            throw new ApplicationRefusal(Kind.NOT_ALLOWED, "application.error.applicants-only");
        }
        return user;
    }
}
