package kz.attest.delivery;

import jakarta.servlet.http.HttpServletRequest;
import kz.attest.audit.AuditLog;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import kz.attest.itembank.AssembledForm;
import kz.attest.itembank.CandidateCase;
import kz.attest.itembank.CandidateForm;
import kz.attest.itembank.CandidateQuestion;
import kz.attest.itembank.FormCase;
import kz.attest.itembank.FormItem;
import kz.attest.itembank.FormRequest;
import kz.attest.itembank.Forms;
import kz.attest.itembank.ItemInvalidations;
import kz.attest.itembank.ItemStatistics;
import kz.attest.itembank.ScoringKey;
import kz.attest.web.LocalizedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A candidate's sitting at a workstation: the start with the one-time code, the language, each stage's start with a
 * freshly assembled form and the server's deadline, the finish with automatic scoring (¶47, ¶72, ¶95) and the
 * gating of the next stage (¶22, ¶46, ¶71). A sweep finishes attempts whose deadline passed, browser or not.
 */
@Service
class Attempts {

    static final String REASON_CANDIDATE = "CANDIDATE";
    static final String REASON_DEADLINE = "DEADLINE";

    private static final Logger log = LoggerFactory.getLogger(Attempts.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int VIEW_CACHE = 4096;

    private final ExamRows rows;
    private final Forms forms;
    private final ItemStatistics statistics;
    private final ItemInvalidations invalidations;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ServerOutages outages;
    /**
     * Decrypted candidate views by attempt and language. Each key is computed once, outside any shared lock, so the
     * first pages of a sitting are decrypted in parallel (a JVM-wide lock served them one at a time); the oldest
     * entries go first once the cache is full.
     */
    private final ConcurrentHashMap<String, CompletableFuture<CandidateForm>> views = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> viewOrder = new ConcurrentLinkedQueue<>();

    Attempts(ExamRows rows, Forms forms, ItemStatistics statistics, ItemInvalidations invalidations, Catalogue catalogue, AuditLog audit, ApplicationEventPublisher events,
             Clock clock, PlatformTransactionManager transactionManager, ServerOutages outages) {
        this.rows = rows;
        this.forms = forms;
        this.statistics = statistics;
        this.invalidations = invalidations;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.outages = outages;
    }

    /** The workstation at {@code seatId} presents the one-time code: the sitting is bound to it from now on. */
    @Transactional
    public SeatSession start(UUID seatId, String code, HttpServletRequest request) {
        if (code == null || code.isBlank()) {
            throw LocalizedException.badRequest("delivery.refused.code-required");
        }
        Optional<SittingRow> found = rows.sittingByCode(Hashes.sha256Hex(code.strip()));
        if (found.isEmpty()) {
            log.warn("Workstation {} presented a code of no checked-in candidate", seatId);
            throw LocalizedException.forbidden("delivery.refused.code");
        }
        SittingRow sitting = found.get();
        if (!sitting.seatId().equals(seatId)) {
            log.warn("Sitting {} started from seat {} instead of its seat {}", sitting.id(), seatId, sitting.seatId());
            throw LocalizedException.forbidden("delivery.refused.seat");
        }
        HallGuard.check(request, sitting.sebKeyHex(), sitting.sebKeyKind(), sitting.allowedIpRanges());
        if (!List.of("CHECKED_IN", "IN_PROGRESS").contains(sitting.state())) {
            throw LocalizedException.conflict("delivery.sitting.closed");
        }
        String tokenHash = Hashes.sha256Hex(Hashes.secret());
        rows.useCode(sitting.id(), tokenHash, "IN_PROGRESS");
        Instant now = clock.instant();
        for (AttemptRow attempt : rows.attempts(sitting.id())) {
            if (AttemptRow.PAUSED.equals(attempt.state()) && "MOVE".equals(attempt.pauseKind())) {
                rows.resume(attempt.id(), now);
                audit.record("workstation", "delivery.stage-resumed", "Attempt", attempt.id().toString(),
                        "after a seat move, at " + sitting.seatLabel());
            }
        }
        audit.record("workstation", "delivery.workstation-started", "Sitting", sitting.id().toString(),
                "seat " + sitting.seatLabel());
        return new SeatSession(sitting.id(), tokenHash, sitting.sebKeyHex(), sitting.allowedIpRanges(), sitting.trial(),
                sitting.sebKeyKind());
    }

    /**
     * A signed-in applicant opens a trial of a tested service (¶28, ¶55, ¶76, ¶99): a sitting of its own with every
     * stage, no check-in, no seat and no hall policy; its forms come from the practice pool only, and its scores go
     * to no one (no events, no statistics), so it has no effect on results or eligibility.
     */
    @Transactional
    public SeatSession startTrial(long accountId, String iin, String fullName, String serviceCode) {
        ServiceDefinition service = catalogue.get(serviceCode);
        if (service.stages().isEmpty()) {
            throw LocalizedException.notFound("delivery.trial.not-tested", serviceCode);
        }
        UUID id = UUID.randomUUID();
        String tokenHash = Hashes.sha256Hex(Hashes.secret());
        String specialty = catalogue.specialtiesFor(service.code()).stream().findFirst()
                .map(s -> String.valueOf(s.code())).orElse(null);
        rows.insertSitting(new SittingRow(id, id, null, accountId, iin == null ? "" : iin, fullName, service.code().value(),
                specialty, "trial", id, id, "—", null, List.of(), null, "IN_PROGRESS", clock.instant(), true, null), null);
        rows.useCode(id, tokenHash, "IN_PROGRESS");
        for (Stage stage : service.stages()) {
            rows.insertAttempt(UUID.randomUUID(), id, stage.number(), SittingPreparation.durationSeconds(stage));
        }
        audit.record(iin == null ? Long.toString(accountId) : iin, "delivery.trial-started", "Sitting", id.toString(),
                service.code() + " trial");
        return new SeatSession(id, tokenHash, null, List.of(), true, null);
    }

    /** The sitting behind a workstation's session, refused once another workstation took it over. */
    SittingRow sitting(SeatSession seat, HttpServletRequest request) {
        HallGuard.check(request, seat.sebKeyHex(), seat.sebKeyKind(), seat.allowedIpRanges());
        return rows.sittingByToken(seat.sittingId(), seat.tokenHash())
                .orElseThrow(() -> LocalizedException.forbidden("delivery.refused.workstation"));
    }

    /** The sitting with its stages; attempts past their deadline are finished first. */
    @Transactional
    public Overview overview(SeatSession seat, HttpServletRequest request) {
        SittingRow sitting = sitting(seat, request);
        finishOverdue(rows.attempts(sitting.id()));
        return new Overview(sitting, catalogue.get(sitting.service()), rows.attempts(sitting.id()));
    }

    @Transactional
    public void chooseLanguage(SeatSession seat, String language, HttpServletRequest request) {
        if (!"kk".equals(language) && !"ru".equals(language)) {
            throw LocalizedException.badRequest("delivery.language.invalid");
        }
        SittingRow sitting = sitting(seat, request);
        rows.setLanguage(sitting.id(), language);
        audit.record("workstation", "delivery.language-chosen", "Sitting", sitting.id().toString(), language);
    }

    /** Starts a stage: the form is assembled now, and the server's deadline is set (¶16, ¶22). */
    @Transactional
    public AttemptRow startStage(SeatSession seat, int number, HttpServletRequest request) {
        SittingRow sitting = sitting(seat, request);
        List<AttemptRow> attempts = rows.attempts(sitting.id());
        finishOverdue(attempts);
        attempts = rows.attempts(sitting.id());
        AttemptRow attempt = attempts.stream().filter(a -> a.stage() == number).findFirst()
                .orElseThrow(() -> LocalizedException.notFound("delivery.stage.not-found", number));
        if (attempt.running() || AttemptRow.PAUSED.equals(attempt.state())) {
            return attempt;
        }
        if (!AttemptRow.WAITING.equals(attempt.state())) {
            throw LocalizedException.conflict("delivery.stage.closed", number);
        }
        if (sitting.language() == null) {
            throw LocalizedException.conflict("delivery.language.required");
        }
        ServiceDefinition service = catalogue.get(sitting.service());
        Stage stage = stageOf(service, number);
        for (AttemptRow earlier : attempts) {
            if (earlier.stage() >= number) {
                continue;
            }
            if (!earlier.finished()) {
                throw LocalizedException.conflict("delivery.stage.previous-unfinished", earlier.stage());
            }
            if (stage.requiresPreviousStagePassed() && !Boolean.TRUE.equals(earlier.passed())) {
                throw LocalizedException.conflict("delivery.stage.locked", number);
            }
        }
        rows.attemptForUpdate(attempt.id());
        AssembledForm form = forms.assemble(new FormRequest(
                sitting.trial() ? "trial-" + sitting.id() : sitting.candidateReference(), service.code(), number,
                Optional.ofNullable(sitting.specialty()), sitting.trial()));
        List<Integer> optionCounts = new ArrayList<>();
        for (FormItem item : form.items()) {
            optionCounts.add(item.optionOrder().size());
        }
        for (FormCase c : form.cases()) {
            for (List<Integer> order : c.optionOrders()) {
                optionCounts.add(order.size());
            }
        }
        Instant now = clock.instant();
        Instant deadline = now.plusSeconds(attempt.durationSeconds());
        rows.startAttempt(attempt.id(), JSON.writeValueAsString(form), form.seed(), optionCounts.size(),
                optionCounts.toArray(Integer[]::new), now, deadline);
        audit.record("workstation", "delivery.stage-started", "Attempt", attempt.id().toString(),
                "sitting " + sitting.id() + ", stage " + number + ", " + optionCounts.size() + " questions, seed "
                        + form.seed() + ", deadline " + deadline);
        return rows.attempt(attempt.id()).orElseThrow();
    }

    /** One attempt of the workstation's sitting, by stage number. */
    @Transactional
    public AttemptRow attemptOf(SeatSession seat, int number, HttpServletRequest request) {
        SittingRow sitting = sitting(seat, request);
        AttemptRow attempt = rows.attempts(sitting.id()).stream().filter(a -> a.stage() == number).findFirst()
                .orElseThrow(() -> LocalizedException.notFound("delivery.stage.not-found", number));
        if (Attempt.of(attempt).isOverdueAt(clock.instant())) {
            finish(attempt.id(), REASON_DEADLINE);
            return rows.attempt(attempt.id()).orElseThrow();
        }
        return attempt;
    }

    /** The questions of a started attempt in the sitting's language, flattened: questions, then case questions. */
    List<ShownQuestion> questions(AttemptRow attempt, String language) {
        if (attempt.formJson() == null) {
            throw LocalizedException.conflict("delivery.stage.not-started", attempt.stage());
        }
        CandidateForm view = view(attempt, language);
        List<ShownQuestion> shown = new ArrayList<>();
        int position = 1;
        for (CandidateQuestion q : view.questions()) {
            shown.add(new ShownQuestion(position++, null, 0, q.stem(), q.options()));
        }
        int caseNumber = 1;
        for (CandidateCase c : view.cases()) {
            for (CandidateQuestion q : c.questions()) {
                shown.add(new ShownQuestion(position++, c.situation(), caseNumber, q.stem(), q.options()));
            }
            caseNumber++;
        }
        return shown;
    }

    private CandidateForm view(AttemptRow attempt, String language) {
        String key = attempt.id() + "/" + language;
        CompletableFuture<CandidateForm> mine = new CompletableFuture<>();
        CompletableFuture<CandidateForm> cached = views.putIfAbsent(key, mine);
        if (cached != null) {
            try {
                return cached.join(); // decrypted already, or being decrypted by another request of the candidate
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            mine.complete(forms.candidateView(JSON.readValue(attempt.formJson(), AssembledForm.class),
                    Locale.forLanguageTag(language)));
        } catch (RuntimeException e) {
            views.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        viewOrder.add(key);
        while (views.size() > VIEW_CACHE) {
            String oldest = viewOrder.poll();
            if (oldest == null) {
                break;
            }
            views.remove(oldest);
        }
        return mine.join();
    }

    Map<Integer, Integer> answers(AttemptRow attempt) {
        return rows.answers(attempt.id());
    }

    Map<Integer, Long> sequences(AttemptRow attempt) {
        return rows.answerSequences(attempt.id());
    }

    /** The candidate presses "Finish" and confirms. */
    @Transactional
    public AttemptRow finishByCandidate(SeatSession seat, int number, HttpServletRequest request) {
        AttemptRow attempt = attemptOf(seat, number, request);
        if (AttemptRow.PAUSED.equals(attempt.state())) {
            throw LocalizedException.conflict("delivery.attempt.paused");
        }
        if (attempt.running()) {
            finish(attempt.id(), REASON_CANDIDATE);
        }
        return rows.attempt(attempt.id()).orElseThrow();
    }

    /**
     * Scores a running (or paused) attempt and closes it: correct answers against the server-side key, compared
     * with the catalogue's threshold as integers; a failed stage closes the stages that need it passed.
     */
    @Transactional
    public void finish(UUID attemptId, String reason) {
        if (REASON_DEADLINE.equals(reason)) {
            outages.detectIfStale(); // a server outage not yet detected moves the deadline first
        }
        AttemptRow attempt = rows.attemptForUpdate(attemptId).orElseThrow();
        boolean finishes;
        try {
            finishes = Attempt.of(attempt).finish(clock.instant(), REASON_DEADLINE.equals(reason)
                    ? Attempt.FinishReason.DEADLINE : Attempt.FinishReason.CANDIDATE);
        } catch (Attempt.Refused refused) {
            throw LocalizedException.conflict(refused.reason.key); // the proctor paused it meanwhile
        }
        if (!finishes) {
            return; // closed already, or the deadline moved (a server outage was given back)
        }
        SittingRow sitting = rows.sitting(attempt.sittingId()).orElseThrow();
        ServiceDefinition service = catalogue.get(sitting.service());
        Stage stage = stageOf(service, attempt.stage());
        AssembledForm form = JSON.readValue(attempt.formJson(), AssembledForm.class);
        ScoringKey key = forms.scoringKey(form);
        FormScoring.Scored scored = FormScoring.score(form, key, rows.answers(attemptId),
                invalidations.invalidatedAmong(FormScoring.itemIds(form)));
        int correct = scored.correct();
        int total = scored.total();
        boolean passed = stage.passes(correct, total);
        Instant now = clock.instant();
        rows.finish(attemptId, now, reason, correct, total, stage.passThreshold(), passed);
        audit.record(REASON_DEADLINE.equals(reason) ? "system" : "workstation", "delivery.stage-scored", "Attempt",
                attemptId.toString(), "stage " + attempt.stage() + ": " + correct + " of " + total + ", threshold "
                        + stage.passThreshold() + "%, " + (passed ? "passed" : "failed") + ", finished by " + reason);
        ServiceCode code = service.code();
        if (!sitting.trial()) { // a trial's result is not a basis for any decision (¶28): it goes nowhere
            statistics.record(scored.forStatistics(attemptId, service.code().value(), attempt.stage()));
            events.publishEvent(new StageScored(attemptId, sitting.id(), sitting.application(), sitting.accountId(),
                    code, attempt.stage(), correct, total, stage.passThreshold(), passed, now));
        }
        List<AttemptRow> all = rows.attempts(sitting.id());
        if (!passed) {
            for (AttemptRow later : all) {
                if (later.stage() > attempt.stage()
                        && Attempt.of(later).gate(false, stageOf(service, later.stage()).requiresPreviousStagePassed())) {
                    rows.setAttemptState(later.id(), AttemptRow.NOT_ADMITTED, now, "PREVIOUS_STAGE_FAILED");
                }
            }
            all = rows.attempts(sitting.id());
        }
        boolean open = all.stream().anyMatch(a -> List.of(AttemptRow.WAITING, AttemptRow.RUNNING, AttemptRow.PAUSED)
                .contains(a.state()));
        if (!open) {
            boolean allPassed = all.stream().allMatch(a -> Boolean.TRUE.equals(a.passed()));
            rows.setSittingState(sitting.id(), "COMPLETED", null);
            audit.record("system", "delivery.sitting-completed", "Sitting", sitting.id().toString(),
                    allPassed ? "passed" : "not passed");
            if (!sitting.trial()) {
                events.publishEvent(new SittingCompleted(sitting.id(), sitting.application(), sitting.accountId(),
                        code, allPassed, now));
            }
        }
    }

    /** Finishes every attempt whose server deadline passed, whether or not a browser is still there. */
    @Scheduled(fixedDelayString = "${attest.delivery.deadline-sweep:PT5S}", initialDelayString = "PT10S")
    public void sweep() {
        try {
            outages.detect(ServerOutages.SWEEP); // deadlines that fell inside a server outage move before anything finishes
        } catch (RuntimeException e) {
            log.warn("Deadline sweep skipped: could not check for a server outage ({})", e.getMessage());
            return;
        }
        for (UUID id : rows.overdue(clock.instant(), 200)) {
            try {
                transactions.executeWithoutResult(status -> finish(id, REASON_DEADLINE));
            } catch (RuntimeException e) {
                log.error("Could not finish attempt {} at its deadline", id, e);
            }
        }
    }

    private void finishOverdue(List<AttemptRow> attempts) {
        Instant now = clock.instant();
        for (AttemptRow attempt : attempts) {
            if (Attempt.of(attempt).isOverdueAt(now)) {
                finish(attempt.id(), REASON_DEADLINE);
            }
        }
    }

    static Stage stageOf(ServiceDefinition service, int number) {
        return service.stage(number).orElseThrow(() -> LocalizedException.notFound("delivery.stage.not-found", number));
    }

    /** A sitting with its service and its stages' attempts. */
    record Overview(SittingRow sitting, ServiceDefinition service, List<AttemptRow> attempts) {
    }

    /** A question as shown, with its 1-based position and, for a case question, the case's situation. */
    record ShownQuestion(int position, String situation, int caseNumber, String stem, List<String> options) {
    }
}
