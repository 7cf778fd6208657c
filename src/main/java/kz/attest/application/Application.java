package kz.attest.application;

import kz.attest.catalogue.DeadlineAnchor;
import kz.attest.catalogue.DeadlineStep;
import kz.attest.catalogue.ServiceCode;
import kz.attest.web.Phrase;
import kz.attest.web.Refusal.Kind;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A signed application and its processing by the provider. Asked to act, it moves to the next status or refuses
 * with a 409; every move appends a dated history entry with the actor, the deadline the action had and the deadline
 * of the next step, counted by {@link LegalDeadlines} from the catalogue's deadline table.
 */
class Application {

    private final Long id;
    private final UUID draftId;
    private final long accountId;
    private final String applicantIin;
    private final ServiceCode service;
    private final String providerId;
    private final Instant receivedAt;
    private final long version;
    private final List<HistoryEntry> history;
    private String registrationNumber;
    private ApplicationStatus status;
    private Instant registeredAt;
    private Instant hearingAt;
    private String hearingPlace;

    Application(Long id, UUID draftId, long accountId, String applicantIin, ServiceCode service, String providerId,
                Instant receivedAt, long version, List<HistoryEntry> history, String registrationNumber,
                ApplicationStatus status, Instant registeredAt, Instant hearingAt, String hearingPlace) {
        this.id = id;
        this.draftId = Objects.requireNonNull(draftId);
        this.accountId = accountId;
        this.applicantIin = Objects.requireNonNull(applicantIin);
        this.service = Objects.requireNonNull(service);
        this.providerId = Objects.requireNonNull(providerId);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.version = version;
        this.history = new ArrayList<>(history);
        this.registrationNumber = registrationNumber;
        this.status = Objects.requireNonNull(status);
        this.registeredAt = registeredAt;
        this.hearingAt = hearingAt;
        this.hearingPlace = hearingPlace;
    }

    /** A signed application received now; the provider must register it within the REGISTER term (¶4). */
    static Application submit(UUID draftId, long accountId, String applicantIin, ServiceCode service, String providerId,
                              String actor, Instant now, LegalDeadlines deadlines) {
        Application application = new Application(null, draftId, accountId, applicantIin, service, providerId, now, 0,
                List.of(), null, ApplicationStatus.SUBMITTED, null, null, null);
        application.record(ApplicationStatus.SUBMITTED, actor, now, null, deadlines, null, null,
                DeadlineStep.REGISTER);
        return application;
    }

    /** Refuses (409) unless the application waits for registration. */
    void checkRegistrable() {
        require("register", ApplicationStatus.SUBMITTED);
    }

    /** ¶4: registered under the provider's number; completeness is due within 2 working days (¶5). */
    void register(String number, String actor, Instant now, LegalDeadlines deadlines) {
        require("register", ApplicationStatus.SUBMITTED);
        registrationNumber = Objects.requireNonNull(number);
        registeredAt = now;
        move(ApplicationStatus.REGISTERED, actor, now, null, deadlines, DeadlineStep.REGISTER,
                DeadlineStep.COMPLETENESS_CHECK);
    }

    /** ¶5: the documents are complete; the admission decision is due (¶6), or the refusal's latest day. */
    void confirmComplete(String actor, Instant now, LegalDeadlines deadlines) {
        require("confirm-complete", ApplicationStatus.REGISTERED);
        move(ApplicationStatus.UNDER_REVIEW, actor, now, null, deadlines, DeadlineStep.COMPLETENESS_CHECK,
                DeadlineStep.ADMISSION_DECISION, DeadlineStep.REFUSAL_DECISION);
    }

    /** ¶5: incomplete documents: refusal to accept, naming the missing ones. */
    void refuseIncomplete(List<String> missingDocuments, String actor, Instant now, LegalDeadlines deadlines) {
        require("refuse-incomplete", ApplicationStatus.REGISTERED);
        if (missingDocuments.isEmpty()) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.missing-documents-required");
        }
        move(ApplicationStatus.REFUSED_INCOMPLETE, actor, now, Phrase.values(missingDocuments), deadlines,
                DeadlineStep.COMPLETENESS_CHECK);
    }

    /**
     * ¶6, ¶8: admitted; the applicant is told place, date and time within 1 working day (the notice goes out with the
     * admission). The provider's pending step is then the first the catalogue sets: the admitted list to the operator
     * within 1 working day (¶9, ¶84), the attestation held (¶85), or the notice itself.
     */
    void admit(String actor, Instant now, LegalDeadlines deadlines) {
        require("admit", ApplicationStatus.UNDER_REVIEW);
        move(ApplicationStatus.ADMITTED, actor, now, null, deadlines, DeadlineStep.ADMISSION_DECISION,
                AFTER_ADMISSION);
    }

    /** The steps owed after admission, in the order they become the pending step. */
    private static final DeadlineStep[] AFTER_ADMISSION = {DeadlineStep.ADMITTED_LIST_TO_OPERATOR,
            DeadlineStep.ATTESTATION_HELD, DeadlineStep.ADMISSION_NOTICE};

    /**
     * ¶57: the officer records the day the qualification training ended; the list for testing is then due to the
     * operator within the catalogue's term from that day, kept as the admitted application's pending step. 409 for a
     * service without the rule or an application not admitted; 400 for a day missing or in the future.
     */
    void recordTrainingEnd(LocalDate endedOn, String actor, Instant now, LegalDeadlines deadlines) {
        require("training-end", ApplicationStatus.ADMITTED);
        if (endedOn == null) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.training-end-required");
        }
        if (endedOn.isAfter(now.atZone(kz.attest.calendar.WorkingCalendar.ZONE).toLocalDate())) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.training-end-in-future");
        }
        Optional<LegalDeadlines.Due> due = deadlines.due(DeadlineStep.ADMITTED_LIST_TO_OPERATOR,
                Map.of(DeadlineAnchor.TRAINING_END, endedOn.atStartOfDay(kz.attest.calendar.WorkingCalendar.ZONE)
                        .toInstant()));
        if (due.isEmpty()) {
            throw notAllowed("training-end");
        }
        history.add(new HistoryEntry(status, actor, now, null, due.get().step(), due.get().date(),
                Phrase.of("application.history.note.training-ended", endedOn.toString())));
    }

    /** ¶58: a test on {@code testAt} leaves the service's working days after filing (409 otherwise); see {@link TestDayRules}. */
    void checkFiledBeforeTest(Instant testAt, LegalDeadlines deadlines) {
        TestDayRules.filedInTime(receivedAt, testAt, deadlines);
    }

    /** ¶30: a test on {@code testAt} leaves the service's notice from today (409 otherwise); see {@link TestDayRules}. */
    void checkNoticeBeforeTest(Instant testAt, Instant now, LegalDeadlines deadlines) {
        TestDayRules.noticeLongEnough(testAt, now, deadlines);
    }

    /**
     * ¶7: the preliminary decision to refuse, with the time and place (or way) of the hearing where the applicant may
     * object; the motivated decision is due no later than the refusal term.
     */
    void proposeRefusal(String reason, Instant hearingTime, String place, String actor, Instant now,
                        LegalDeadlines deadlines) {
        require("propose-refusal", ApplicationStatus.UNDER_REVIEW);
        if (reason == null || reason.isBlank()) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.reason-required");
        }
        if (hearingTime == null || place == null || place.isBlank()) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.hearing-required");
        }
        if (!hearingTime.isAfter(now)) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.hearing-in-past");
        }
        hearingAt = hearingTime;
        hearingPlace = place.strip();
        move(ApplicationStatus.REFUSAL_PROPOSED, actor, now, Phrase.verbatim(reason.strip()), deadlines,
                DeadlineStep.PRELIMINARY_REFUSAL_NOTICE, DeadlineStep.HEARING, DeadlineStep.REFUSAL_DECISION);
        // ¶37, ¶62: the hearing notice is due at least 3 working days before the service term ends; the notice
        // records that last day as the deadline it had (late notices show as such in the history and the SLA view)
        Optional<LegalDeadlines.Due> termEnd = deadlines.due(DeadlineStep.REFUSAL_DECISION, anchors());
        termEnd.flatMap(end -> deadlines.lastDayBefore(DeadlineStep.HEARING_NOTICE, end.date())).ifPresent(last -> {
            HistoryEntry entry = last();
            history.set(history.size() - 1, new HistoryEntry(entry.status(), entry.actor(), entry.at(), last.date(),
                    entry.nextStep(), entry.nextDue(), entry.note()));
        });
    }

    /** ¶7: the hearing is held; the motivated decision follows. */
    void holdHearing(String actor, Instant now, LegalDeadlines deadlines) {
        require("hold-hearing", ApplicationStatus.REFUSAL_PROPOSED);
        move(ApplicationStatus.HEARING, actor, now, null, deadlines, DeadlineStep.HEARING,
                DeadlineStep.REFUSAL_DECISION);
    }

    /** ¶7: after the hearing, the motivated decision to admit or to refuse. */
    void decideAfterHearing(boolean admitted, String reason, String actor, Instant now, LegalDeadlines deadlines) {
        require("decide-after-hearing", ApplicationStatus.HEARING);
        if (admitted) {
            move(ApplicationStatus.ADMITTED, actor, now, Phrase.verbatim(reason), deadlines, DeadlineStep.REFUSAL_DECISION,
                    AFTER_ADMISSION);
        } else {
            if (reason == null || reason.isBlank()) {
                throw new ApplicationRefusal(Kind.BAD_INPUT, "application.error.reason-required");
            }
            move(ApplicationStatus.REFUSED, actor, now, Phrase.verbatim(reason.strip()), deadlines, DeadlineStep.REFUSAL_DECISION);
        }
    }

    /**
     * ¶7: the applicant's objection to the preliminary refusal, recorded in the history without changing the status
     * or the provider's pending step; {@code due} is the objection's last day, refused (409) after it.
     */
    void object(String actor, Instant now, LocalDate due, String note) {
        require("object", ApplicationStatus.REFUSAL_PROPOSED);
        if (now.atZone(kz.attest.calendar.WorkingCalendar.ZONE).toLocalDate().isAfter(due)) {
            throw new ApplicationRefusal(Kind.WRONG_STATE, "application.objection.too-late", due.toString());
        }
        HistoryEntry current = last();
        history.add(new HistoryEntry(status, actor, now, due, current.nextStep(), current.nextDue(), Phrase.verbatim(note)));
    }

    /** ¶7: the first notice of the preliminary refusal (the objection window counts from it). */
    Optional<Instant> preliminaryRefusalNotice() {
        Instant notice = null;
        for (HistoryEntry entry : history) {
            if (entry.status() == ApplicationStatus.REFUSAL_PROPOSED && notice == null) {
                notice = entry.at();
            } else if (entry.status() != ApplicationStatus.REFUSAL_PROPOSED) {
                notice = null;
            }
        }
        return Optional.ofNullable(notice);
    }

    /**
     * ¶27, ¶54, ¶75, ¶98: the admitted candidate did not come to the test and the provider refused the valid-reason
     * request: the service is refused, with the provider's note as the reason.
     */
    void refuseAfterNoShow(Phrase note, String actor, Instant now, LegalDeadlines deadlines) {
        require("refuse-after-no-show", ApplicationStatus.ADMITTED);
        move(ApplicationStatus.REFUSED, actor, now, note, deadlines, null);
    }

    /**
     * ¶24–¶25, ¶52, ¶73, ¶96: the results of the last stage (or the commission's conclusion, or a no-show that counts
     * as failed, ¶98) reached the provider; the decision is due within the catalogue's DECISION_AFTER_RESULTS term.
     * False (nothing changes) unless the application is admitted, so a repeated report is harmless.
     */
    boolean resultsReceived(Phrase note, String actor, Instant now, LegalDeadlines deadlines) {
        if (status != ApplicationStatus.ADMITTED) {
            return false;
        }
        move(ApplicationStatus.TESTED, actor, now, note, deadlines, null, DeadlineStep.DECISION_AFTER_RESULTS);
        return true;
    }

    /** The decision is drawn up (or drawn up again before signing); its term still runs from the results. */
    void decisionPrepared(Phrase note, String actor, Instant now, LegalDeadlines deadlines) {
        if (!status.awaitsDecision()) {
            throw notAllowed("prepare-decision");
        }
        move(ApplicationStatus.DECISION_PREPARED, actor, now, note, deadlines, null,
                DeadlineStep.DECISION_AFTER_RESULTS);
    }

    /** The head signed the decision: the application ends, recording the decision's legal term. */
    void decided(Phrase note, String actor, Instant now, LegalDeadlines deadlines) {
        require("sign-decision", ApplicationStatus.DECISION_PREPARED);
        move(ApplicationStatus.DECIDED, actor, now, note, deadlines, DeadlineStep.DECISION_AFTER_RESULTS);
    }

    /** The applicant withdraws an open application. */
    void withdraw(String actor, Instant now, LegalDeadlines deadlines) {
        if (!status.isOpen() || status.awaitsDecision()) {
            throw notAllowed("withdraw");
        }
        move(ApplicationStatus.WITHDRAWN, actor, now, null, deadlines, null);
    }

    /**
     * ¶100–¶101: a complaint was upheld. A refusal is revoked and its step redone: a refusal after review goes back
     * under review, a refusal to accept goes back to the completeness check, each with a fresh term from now. An open
     * application keeps its status and pending deadline; the reopening is recorded in its history. Returns whether
     * anything changed (an admitted or withdrawn application has nothing to reopen).
     */
    boolean reopenAfterAppeal(String appealReference, String actor, Instant now, LegalDeadlines deadlines) {
        Phrase note = Phrase.of("application.history.note.appeal-upheld", appealReference);
        switch (status) {
            case REFUSED -> move(ApplicationStatus.UNDER_REVIEW, actor, now, note, deadlines, null,
                    DeadlineStep.ADMISSION_DECISION, DeadlineStep.REFUSAL_DECISION);
            case REFUSED_INCOMPLETE -> move(ApplicationStatus.REGISTERED, actor, now, note, deadlines, null,
                    DeadlineStep.COMPLETENESS_CHECK);
            case ADMITTED, WITHDRAWN -> {
                return false;
            }
            // ¶100–¶102: the decision is revoked (it stays on record as revoked) and a new one is due, fresh term
            case DECIDED -> move(ApplicationStatus.TESTED, actor, now, note, deadlines, null,
                    DeadlineStep.DECISION_AFTER_RESULTS);
            default -> {
                HistoryEntry last = last();
                history.add(new HistoryEntry(status, actor, now, null, last.nextStep(), last.nextDue(), note));
            }
        }
        return true;
    }

    private void require(String action, ApplicationStatus expected) {
        if (status != expected) {
            throw notAllowed(action);
        }
    }

    private ApplicationRefusal notAllowed(String action) {
        return new ApplicationRefusal(Kind.WRONG_STATE, "application.error.not-allowed",
                new DefaultMessageSourceResolvable("application.action." + action),
                new DefaultMessageSourceResolvable(status.messageKey()));
    }

    /** Moves on; {@code ownStep} names the deadline this action had, {@code nextSteps} the first countable next one. */
    private void move(ApplicationStatus next, String actor, Instant now, Phrase note, LegalDeadlines deadlines,
                      DeadlineStep ownStep, DeadlineStep... nextSteps) {
        LocalDate previousDue = history.isEmpty() ? null : last().nextDue();
        status = next;
        record(next, actor, now, note, deadlines, ownStep, previousDue, nextSteps);
    }

    private void record(ApplicationStatus next, String actor, Instant now, Phrase note, LegalDeadlines deadlines,
                        DeadlineStep ownStep, LocalDate previousDue, DeadlineStep... nextSteps) {
        LocalDate had = ownStep == null ? null : deadlines.due(ownStep, anchors())
                .map(LegalDeadlines.Due::date).orElse(previousDue);
        HistoryEntry provisional = new HistoryEntry(next, actor, now, had, null, null, note);
        history.add(provisional);
        Optional<LegalDeadlines.Due> due = deadlines.firstDue(anchors(), nextSteps);
        history.set(history.size() - 1, new HistoryEntry(next, actor, now, had,
                due.map(LegalDeadlines.Due::step).orElse(null), due.map(LegalDeadlines.Due::date).orElse(null), note));
    }

    /** When each anchor event of the deadline table happened, read from the history. */
    Map<DeadlineAnchor, Instant> anchors() {
        return DeadlineAnchors.of(receivedAt, history);
    }

    /**
     * The step the provider must take now, if the law sets a deadline for it: for an open application its next step;
     * for an admitted one only a step the provider still owes after admission ({@link #TRACKED_AFTER_ADMISSION}, e.g.
     * ¶85's attestation held within 10 working days of registration, where the catalogue sets it).
     */
    Optional<DeadlineStep> pendingStep() {
        return tracked() ? Optional.ofNullable(last().nextStep()) : Optional.empty();
    }

    /** The last day of the pending step. */
    Optional<LocalDate> pendingDue() {
        return tracked() ? Optional.ofNullable(last().nextDue()) : Optional.empty();
    }

    /**
     * The provider took a step it owed after admission (¶85: the attestation was held; ¶9, ¶57, ¶84: the list went to
     * the operator): the step closes, recording the day it was due; the next one is the first of {@code then} the
     * catalogue sets (none without {@code deadlines}). False when {@code step} is not the pending step of an admitted
     * application.
     */
    boolean stepTaken(DeadlineStep step, String actor, Instant now, Phrase note, LegalDeadlines deadlines,
                      DeadlineStep... then) {
        if (status != ApplicationStatus.ADMITTED || history.isEmpty() || last().nextStep() != step) {
            return false;
        }
        Optional<LegalDeadlines.Due> next = deadlines == null ? Optional.empty() : deadlines.firstDue(anchors(), then);
        history.add(new HistoryEntry(status, actor, now, last().nextDue(), next.map(LegalDeadlines.Due::step)
                .orElse(null), next.map(LegalDeadlines.Due::date).orElse(null), note));
        return true;
    }

    /** Steps the provider owes after admission, kept pending (queue, SLA view, overdue job) while admitted. */
    static final java.util.Set<DeadlineStep> TRACKED_AFTER_ADMISSION = java.util.EnumSet.of(DeadlineStep.ATTESTATION_HELD,
            DeadlineStep.ADMITTED_LIST_TO_OPERATOR);

    private boolean tracked() {
        if (history.isEmpty()) {
            return false;
        }
        return status.isOpen()
                || status == ApplicationStatus.ADMITTED && TRACKED_AFTER_ADMISSION.contains(last().nextStep());
    }

    /** Whether the pending step's deadline has passed on {@code today}. */
    boolean overdueOn(LocalDate today) {
        return pendingDue().map(today::isAfter).orElse(false);
    }

    HistoryEntry last() {
        return history.getLast();
    }

    Long id() { return id; }
    UUID draftId() { return draftId; }
    long accountId() { return accountId; }
    String applicantIin() { return applicantIin; }
    ServiceCode service() { return service; }
    String providerId() { return providerId; }
    Instant receivedAt() { return receivedAt; }
    long version() { return version; }
    List<HistoryEntry> history() { return List.copyOf(history); }
    String registrationNumber() { return registrationNumber; }
    ApplicationStatus status() { return status; }
    Instant registeredAt() { return registeredAt; }
    Instant hearingAt() { return hearingAt; }
    String hearingPlace() { return hearingPlace; }
}
