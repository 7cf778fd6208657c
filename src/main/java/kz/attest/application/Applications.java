package kz.attest.application;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.DeadlineStep;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.SignedInUser;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Submitted applications: the applicant's list, detail and withdrawal (the personal cabinet), and the provider's
 * processing (¶4–¶8): register, check completeness, admit, propose refusal with a hearing, decide after it. Officers
 * see and act only on their own organisation's applications (403 otherwise); a step out of order is a 409.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Applications {

    private final ApplicationRows rows;
    private final DraftRows drafts;
    private final Catalogue catalogue;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final StatusNotices notices;
    private final Clock clock;
    private final AdmissionNoticeRows admissions;
    private kz.attest.identity.Accounts accounts;

    /** Names the applicants on the provider's pages (set by Spring; kept out of the constructor). */
    @org.springframework.beans.factory.annotation.Autowired
    void setAccounts(kz.attest.identity.Accounts accounts) {
        this.accounts = accounts;
    }
    private org.springframework.context.ApplicationEventPublisher events;

    /** Publishes this module's events (set by Spring; kept out of the constructor). */
    @org.springframework.beans.factory.annotation.Autowired
    void setEvents(org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The applications of an account, newest first (the cabinet's "My applications"). */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> applicationsOf(long accountId) {
        LocalDate today = today();
        return rows.ofAccount(accountId).stream().map(a -> ApplicationSummary.of(a, today)).toList();
    }

    /** The signed-in applicant's applications. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> mine() {
        return applicationsOf(currentUser.require().accountId());
    }

    /** One application, for its applicant or an officer of its provider. */
    @Transactional(readOnly = true)
    public ApplicationView view(long id) {
        Application application = visible(id);
        return view(application, drafts.find(application.draftId()).orElseThrow(), calendar, clock);
    }

    /** The applicant's full name, for the provider's page of the application (issue 14); empty when unknown. */
    @Transactional(readOnly = true)
    public String applicantName(long id) {
        Application application = visible(id);
        return accounts.fullNames(List.of(application.accountId())).getOrDefault(application.accountId(), "");
    }

    /** The account of the application's applicant, for those who may see the application. */
    @Transactional(readOnly = true)
    long accountOf(long id) {
        return visible(id).accountId();
    }

    /** A document of an application, for its applicant or an officer of its provider. */
    @Transactional(readOnly = true)
    public DocumentFile document(long id, UUID documentId) {
        Application application = visible(id);
        return drafts.content(application.draftId(), documentId)
                .map(f -> new DocumentFile(f.fileName(), f.contentType(), f.content()))
                .orElseThrow(() -> new ApplicationRefusal(Kind.NOT_FOUND, "application.document.not-found"));
    }

    /** The open applications of the officer's organisation, the most urgent first, each with its legal deadline. */
    @Transactional(readOnly = true)
    public List<ApplicationSummary> queue() {
        SignedInUser officer = currentUser.require();
        String organisation = officer.organisation()
                .orElseThrow(() -> new ApplicationRefusal(Kind.NOT_ALLOWED, "identity.not-your-organisation"));
        LocalDate today = today();
        List<Application> open = rows.openAt(organisation);
        java.util.Map<Long, String> names = accounts.fullNames(open.stream().map(Application::accountId).toList());
        return open.stream().map(a -> ApplicationSummary.of(a, today, names.get(a.accountId()))).toList();
    }

    /**
     * ¶9: the candidates admitted to testing, optionally of one service, in order of admission. For the testing side
     * (scheduling), which plans sittings from this list; it carries no documents.
     */
    @Transactional(readOnly = true)
    public List<AdmittedCandidate> admitted(java.util.Optional<kz.attest.catalogue.ServiceCode> service) {
        return rows.admitted(service);
    }

    /** The applicant withdraws an open application. */
    @Transactional
    public ApplicationView withdraw(long id) {
        SignedInUser applicant = currentUser.require();
        Application application = rows.find(id).filter(a -> a.accountId() == applicant.accountId())
                .orElseThrow(Applications::notFound);
        application.withdraw(applicant.login(), clock.instant(), deadlines(application));
        return save(application, applicant);
    }

    /** ¶4: registers the application under the organisation's next number of the year. */
    @Transactional
    public ApplicationView register(long id) {
        Application application = rows.find(id).orElseThrow(Applications::notFound);
        SignedInUser officer = currentUser.requireMemberOf(application.providerId());
        Instant now = clock.instant();
        application.checkRegistrable();   // before a number of the year is used up
        String number = rows.nextNumber(application.providerId(), now.atZone(WorkingCalendar.ZONE).getYear());
        application.register(number, officer.login(), now, deadlines(application));
        return save(application, officer);
    }

    /** ¶5: the documents are complete; the application goes under review. */
    @Transactional
    public ApplicationView confirmComplete(long id) {
        return act(id, (application, officer, now) -> application.confirmComplete(officer, now, deadlines(application)));
    }

    /** ¶5: refuses to accept incomplete documents, naming the missing ones (types of the catalogue). */
    @Transactional
    public ApplicationView refuseIncomplete(long id, List<String> missingDocuments) {
        return act(id, (application, officer, now) -> {
            List<String> required = catalogue.get(application.service()).requiredDocuments();
            List<String> missing = missingDocuments == null ? List.of() : missingDocuments.stream().distinct().toList();
            for (String type : missing) {
                if (!required.contains(type)) {
                    throw new ApplicationRefusal(Kind.BAD_INPUT, "application.document.type-not-asked", type);
                }
            }
            application.refuseIncomplete(missing, officer, now, deadlines(application));
        });
    }

    /** ¶6, ¶8: admits the applicant to attestation; the operator will set the test's place, date and time. */
    @Transactional
    public ApplicationView admit(long id) {
        return admit(id, AdmissionDetails.byTheOperator(null));
    }

    /**
     * ¶6, ¶8 (¶33, ¶58, ¶83): admits the applicant and tells them, in the same transaction, the test's place, date,
     * time and procedure (or that the operator sets them) in the cabinet, by SMS and e-mail.
     */
    @Transactional
    public ApplicationView admit(long id, AdmissionDetails details) {
        return act(id, (application, officer, now) -> {
            AdmissionDetails checked = (details == null ? AdmissionDetails.byTheOperator(null) : details).check(now);
            requirementChecklist.checkAdmissible(application);   // ¶5, ¶80: every checklist item marked met
            application.checkFiledBeforeTest(checked.testAt(), deadlines(application));   // ¶58
            application.checkNoticeBeforeTest(checked.testAt(), now, deadlines(application));   // ¶30
            application.admit(officer, now, deadlines(application));
            admissions.save(application.id(), checked, officer, now);
        });
    }

    /** The admission details given to the applicant, for the applicant or an officer of the provider. */
    @Transactional(readOnly = true)
    public java.util.Optional<AdmissionDetails> admission(long id) {
        visible(id);
        return admissions.find(id);
    }

    /**
     * ¶57: records the day the qualification training ended; the list for testing is due to the operator within 10
     * working days of it (the admitted application's pending step). Audited; the applicant is not notified.
     */
    @Transactional
    public ApplicationView recordTrainingEnd(long id, LocalDate endedOn) {
        Application application = rows.find(id).orElseThrow(Applications::notFound);
        SignedInUser officer = currentUser.requireMemberOf(application.providerId());
        application.recordTrainingEnd(endedOn, officer.login(), clock.instant(), deadlines(application));
        rows.update(application);
        notices.auditTrainingEnd(application, officer.login());
        return view(rows.find(application.id()).orElseThrow(), drafts.find(application.draftId()).orElseThrow(),
                calendar, clock);
    }

    /** ¶7: the preliminary decision to refuse, with the hearing's time and place. */
    @Transactional
    public ApplicationView proposeRefusal(long id, HearingProposal proposal) {
        return act(id, (application, officer, now) -> application.proposeRefusal(proposal.reason(),
                proposal.hearingAt(), proposal.place(), officer, now, deadlines(application)));
    }

    /** ¶7: the hearing is held. */
    @Transactional
    public ApplicationView holdHearing(long id) {
        return act(id, (application, officer, now) -> application.holdHearing(officer, now, deadlines(application)));
    }

    /** ¶7: the motivated decision after the hearing, once the head has signed it ({@link AdmissionDecisions#sign}). */
    @Transactional
    ApplicationView decideAfterHearing(long id, boolean admit, String reason) {
        return act(id, (application, officer, now) -> {
            application.decideAfterHearing(admit, reason, officer, now, deadlines(application));
            if (admit) {
                admissions.save(application.id(), AdmissionDetails.byTheOperator(null), officer, now);
            }
        });
    }

    private ApplicationView act(long id, Step step) {
        Application application = rows.find(id).orElseThrow(Applications::notFound);
        SignedInUser officer = currentUser.requireMemberOf(application.providerId());
        step.apply(application, officer.login(), clock.instant());
        return save(application, officer);
    }

    private ApplicationView save(Application application, SignedInUser actor) {
        rows.update(application);
        notices.announce(application, actor.login());
        return view(rows.find(application.id()).orElseThrow(), drafts.find(application.draftId()).orElseThrow(),
                calendar, clock);
    }

    private Application visible(long id) {
        Application application = rows.find(id).orElseThrow(Applications::notFound);
        SignedInUser user = currentUser.require();
        if (application.accountId() != user.accountId() && !currentUser.isMemberOf(application.providerId())) {
            if (user.isStaff()) {
                throw new ApplicationRefusal(Kind.NOT_ALLOWED, "identity.not-your-organisation");
            }
            throw notFound();
        }
        return application;
    }

    private LegalDeadlines deadlines(Application application) {
        return new LegalDeadlines(catalogue.get(application.service()), calendar);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    }

    static ApplicationView view(Application application, Draft draft, WorkingCalendar calendar, Clock clock) {
        return new ApplicationView(application.id(), application.draftId(), application.registrationNumber(),
                application.applicantIin(), application.service(), application.providerId(), application.status(),
                application.receivedAt(), application.hearingAt(), application.hearingPlace(),
                application.pendingStep().orElse(null), application.pendingDue().orElse(null),
                application.overdueOn(LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE)),
                application.history(), draft.documents().stream().map(DocumentView::of).toList());
    }

    private static ApplicationRefusal notFound() {
        return new ApplicationRefusal(Kind.NOT_FOUND, "application.error.not-found");
    }

    /** An officer's action on the aggregate. */
    private interface Step {
        void apply(Application application, String officer, Instant now);
    }

    private RequirementChecklist requirementChecklist;

    /** The qualification-requirements checklist that gates admission (set by Spring; kept out of the constructor). */
    @org.springframework.beans.factory.annotation.Autowired
    void setRequirementChecklist(RequirementChecklist requirementChecklist) {
        this.requirementChecklist = requirementChecklist;
    }

    /** A document's bytes for download. */
    public record DocumentFile(String fileName, String contentType, byte[] content) {
    }

    /**
     * ¶100–¶101: an upheld complaint reopens the application's step or revokes its refusal (see the aggregate). Called
     * by the appeals module, which has already checked that the signed-in person answers for the complaint's
     * addressee (the provider's head, the Ministry or the quality-control body); the reopening is audited and the
     * applicant is told in the caller's transaction. Answers whether the application changed.
     */
    @Transactional
    public boolean reopenAfterAppeal(long id, String appealReference) {
        Application application = rows.find(id).orElseThrow(Applications::notFound);
        SignedInUser actor = currentUser.require();
        boolean wasOpen = application.status().isOpen();
        boolean wasDecided = application.status() == ApplicationStatus.DECIDED;
        if (!application.reopenAfterAppeal(appealReference, actor.login(), clock.instant(), deadlines(application))) {
            return false;
        }
        if (wasOpen) {
            rows.update(application);   // a note in the history; the appeal's own audit entry records it
        } else {
            save(application, actor);   // a revoked refusal or decision: audited and told like any status change
        }
        if (wasDecided) {
            events.publishEvent(new DecisionRevokedOnAppeal(id, appealReference, actor.login(), clock.instant()));
        }
        return true;
    }

    /**
     * ¶85: the testing side reports that the admitted candidate's attestation was held; the pending "attestation held"
     * step closes (audited). Nothing happens when the application has no such step.
     */
    @Transactional
    public void attestationHeld(long id, String actor) {
        stepTaken(id, DeadlineStep.ATTESTATION_HELD, actor,
                kz.attest.web.Phrase.of("application.history.note.attestation-held"));
    }

    /**
     * ¶9, ¶57, ¶84: the admitted candidate went to the operator in an admitted-list export; that pending step closes
     * and the attestation held (¶85) becomes pending where the catalogue sets it.
     */
    @Transactional
    void listSentToOperator(long id, String actor) {
        rows.find(id).ifPresent(application -> {
            if (application.stepTaken(DeadlineStep.ADMITTED_LIST_TO_OPERATOR, actor, clock.instant(),
                    kz.attest.web.Phrase.of("application.history.note.list-sent"), deadlines(application), DeadlineStep.ATTESTATION_HELD)) {
                rows.update(application);
                notices.auditStepTaken(application, actor);
            }
        });
    }

    private void stepTaken(long id, DeadlineStep step, String actor, kz.attest.web.Phrase note) {
        rows.find(id).ifPresent(application -> {
            if (application.stepTaken(step, actor, clock.instant(), note, null)) {
                rows.update(application);
                notices.auditStepTaken(application, actor);
            }
        });
    }
}
