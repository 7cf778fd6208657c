package kz.attest.delivery;

import kz.attest.audit.AuditLog;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import kz.attest.itembank.AssembledForm;
import kz.attest.itembank.CaseInvalidated;
import kz.attest.itembank.FormCase;
import kz.attest.itembank.ItemInvalidated;
import kz.attest.itembank.ItemInvalidations;
import kz.attest.itembank.ItemStatistics;
import kz.attest.itembank.Forms;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static kz.attest.Json.JSON;

/**
 * Re-scoring after a question was invalidated (seed 000 ¶26). After the invalidation commits, in its own
 * transaction: every finished attempt whose form showed the question is scored again with every invalidated question
 * of its form counted as correct; the original score stays beside the new one, each re-score is audited and
 * announced ({@link StageRescored}); a stage that now passes admits the candidate to the next stage, which is marked
 * {@link AttemptRow#TO_BE_PLANNED} for a new session, and the candidate is told. Attempts still running are not
 * touched: their finish counts the invalidated question itself.
 * <p>
 * A case (practical task) invalidated on an act of technical failure ({@link CaseInvalidated}) cannot be counted in
 * anyone's favour: ¶26 sends the candidate to that stage again. Every finished, failed attempt that showed the case
 * keeps its score and is voided by the act (one {@code delivery_rescore} row whose {@code next_stage} is the attempt's
 * own stage), and {@link StageRescored} asks for a new sitting of that stage. A candidate who passed the stage despite
 * the faulty case keeps the pass: the act is recorded beside the attempt and nothing else changes.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Rescoring {

    static final String NOTICE_RESCORED = "delivery.rescored";
    static final String NOTICE_ADMITTED = "delivery.rescored-admitted";
    static final String NOTICE_VOIDED = "delivery.case-voided";
    private static final Set<Channel> CABINET_SMS_EMAIL = Set.of(Channel.CABINET, Channel.SMS, Channel.EMAIL);

    private final ExamRows rows;
    private final RescoreRows rescores;
    private final Forms forms;
    private final ItemInvalidations invalidations;
    private final ItemStatistics statistics;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @ApplicationModuleListener // after commit (the default): a re-score may come later than the invalidation, never instead of it
    void on(ItemInvalidated invalidated) {
        // Lock every affected attempt first (id order), before the audit chain's lock, as a finish does.
        for (UUID attemptId : rescores.finishedAttemptsShowing(invalidated.itemId())) {
            rescore(attemptId, invalidated);
        }
    }

    @ApplicationModuleListener
    void on(CaseInvalidated invalidated) {
        // Same lock order as for a question: the affected attempts first (id order), then the audit chain.
        List<UUID> affected = rescores.finishedAttemptsShowingCase(invalidated.caseId());
        for (UUID attemptId : affected) {
            voidByAct(attemptId, invalidated);
        }
    }

    /**
     * A stage that was still running when a case it shows was invalidated: its finish scores it as usual, then — after
     * that commits — the act applies to it as to the stages finished before (voided if failed, the pass stands).
     */
    @ApplicationModuleListener
    void on(StageScored scored) {
        Optional<String> formJson = rescores.formForUpdate(scored.attemptId());
        if (formJson.isEmpty() || formJson.get() == null) {
            return;
        }
        AssembledForm form = JSON.readValue(formJson.get(), AssembledForm.class);
        Set<UUID> invalid = invalidations.invalidatedCasesAmong(form.cases().stream().map(FormCase::caseId).toList());
        invalid.stream().sorted().map(invalidations::findCase).flatMap(Optional::stream)
                .forEach(invalidated -> voidByAct(scored.attemptId(), invalidated));
    }

    /**
     * ¶26 for a practical task: a failed stage is voided by the act and sat again (its score kept); a passed stage
     * stands. Idempotent: the {@code delivery_rescore} row of (attempt, case) is written once.
     */
    private void voidByAct(UUID attemptId, CaseInvalidated invalidated) {
        AttemptRow attempt = rows.attempt(attemptId).orElseThrow();
        SittingRow sitting = rows.sitting(attempt.sittingId()).orElseThrow();
        if (sitting.trial() || !attempt.finished()) {
            return; // a trial decides nothing (¶28); a stage not finished is handled at its finish
        }
        ServiceDefinition service = catalogue.get(sitting.service());
        Stage stage = Attempts.stageOf(service, attempt.stage());
        int correct = attempt.correct() == null ? 0 : attempt.correct();
        int total = attempt.total() == null ? 0 : attempt.total();
        boolean passed = Boolean.TRUE.equals(attempt.passed());
        Integer again = passed ? null : attempt.stage();
        Instant now = clock.instant();
        if (!rescores.insertRescore(attemptId, invalidated.caseId(), invalidated.actReference(), correct, correct, total,
                passed, passed, again, now)) {
            return; // this invalidation was already applied to this attempt
        }
        if (passed) {
            audit.record("system", "delivery.case-invalidated-pass-stands", "Attempt", attemptId.toString(),
                    "stage " + attempt.stage() + " passed with " + correct + " of " + total + "; case "
                            + invalidated.caseId() + " invalidated, act " + invalidated.actReference()
                            + ": the pass stands (¶26)");
            return;
        }
        rescores.rescore(attemptId, correct, false, now);
        audit.record("system", "delivery.stage-voided", "Attempt", attemptId.toString(),
                "stage " + attempt.stage() + ": " + correct + " of " + total + " kept, voided by act "
                        + invalidated.actReference() + " (case " + invalidated.caseId() + " invalidated); stage "
                        + attempt.stage() + " to be sat again (¶26)");
        events.publishEvent(new StageRescored(attemptId, sitting.id(), sitting.application(), sitting.accountId(),
                service.code(), attempt.stage(), correct, correct, total, stage.passThreshold(), false, false,
                Optional.of(attempt.stage()), invalidated.caseId(), invalidated.actReference(), now));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("service", service.code().value());
        parameters.put("stage", Integer.toString(attempt.stage()));
        parameters.put("act", invalidated.actReference());
        notifications.notify(new Notice(sitting.accountId(), NOTICE_VOIDED, parameters, CABINET_SMS_EMAIL,
                "Attempt", attemptId.toString()));
    }

    private void rescore(UUID attemptId, ItemInvalidated invalidated) {
        AttemptRow attempt = rows.attempt(attemptId).orElseThrow();
        SittingRow sitting = rows.sitting(attempt.sittingId()).orElseThrow();
        ServiceDefinition service = catalogue.get(sitting.service());
        Stage stage = Attempts.stageOf(service, attempt.stage());
        AssembledForm form = JSON.readValue(attempt.formJson(), AssembledForm.class);
        FormScoring.Scored scored = FormScoring.score(form, forms.scoringKey(form), rows.answers(attemptId),
                invalidations.invalidatedAmong(FormScoring.itemIds(form)));
        int before = attempt.correct();
        boolean passedBefore = Boolean.TRUE.equals(attempt.passed());
        int correct = Math.max(before, scored.correct());
        boolean passed = passedBefore || stage.passes(correct, scored.total());
        Instant now = clock.instant();
        Optional<AttemptRow> next = passed && !passedBefore ? nextStage(sitting, service, attempt) : Optional.empty();
        Integer nextNumber = next.map(AttemptRow::stage).orElse(null);
        if (!rescores.insertRescore(attemptId, invalidated.itemId(), invalidated.actReference(), before, correct,
                scored.total(), passedBefore, passed, nextNumber, now)) {
            return; // this invalidation was already applied to this attempt
        }
        rescores.rescore(attemptId, correct, passed, now);
        audit.record("system", "delivery.stage-rescored", "Attempt", attemptId.toString(),
                "stage " + attempt.stage() + ": " + before + " -> " + correct + " of " + scored.total()
                        + ", threshold " + stage.passThreshold() + "%, " + (passedBefore ? "passed" : "failed")
                        + " -> " + (passed ? "passed" : "failed") + "; question " + invalidated.itemId()
                        + " invalidated, act " + invalidated.actReference()
                        + (nextNumber == null ? "" : "; stage " + nextNumber + " to be planned"));
        statistics.record(scored.forStatistics(attemptId, service.code().value(), attempt.stage()));
        next.ifPresent(stageRow -> {
            rows.setAttemptState(stageRow.id(), AttemptRow.TO_BE_PLANNED, null, "RESCORED");
            audit.record("system", "delivery.stage-to-be-planned", "Attempt", stageRow.id().toString(),
                    "stage " + stageRow.stage() + " of sitting " + sitting.id() + " after the re-score of stage "
                            + attempt.stage());
        });
        if (correct != before || nextNumber != null) {
            events.publishEvent(new StageRescored(attemptId, sitting.id(), sitting.application(),
                    sitting.accountId(), service.code(), attempt.stage(), before, correct, scored.total(),
                    stage.passThreshold(), passedBefore, passed, Optional.ofNullable(nextNumber),
                    invalidated.itemId(), invalidated.actReference(), now));
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("service", service.code().value());
            parameters.put("stage", Integer.toString(attempt.stage()));
            parameters.put("before", before + " / " + scored.total());
            parameters.put("after", correct + " / " + scored.total());
            parameters.put("act", invalidated.actReference());
            parameters.put("next", nextNumber == null ? "" : nextNumber.toString());
            notifications.notify(new Notice(sitting.accountId(), nextNumber == null ? NOTICE_RESCORED : NOTICE_ADMITTED,
                    parameters, CABINET_SMS_EMAIL, "Attempt", attemptId.toString()));
        }
    }

    /**
     * The stage that opens now that this one passed: the sitting's next stage that needs it passed and was closed
     * for it, or — when the sitting had no such stage — a new record of it for the candidate's next session.
     */
    private Optional<AttemptRow> nextStage(SittingRow sitting, ServiceDefinition service, AttemptRow passed) {
        Optional<Stage> following = service.stages().stream().filter(s -> s.number() > passed.stage())
                .min((a, b) -> Integer.compare(a.number(), b.number()))
                .filter(Stage::requiresPreviousStagePassed);
        if (following.isEmpty()) {
            return Optional.empty();
        }
        int number = following.get().number();
        List<AttemptRow> attempts = rows.attempts(sitting.id());
        Optional<AttemptRow> existing = attempts.stream().filter(a -> a.stage() == number).findFirst();
        if (existing.isPresent()) {
            return existing.filter(a -> AttemptRow.NOT_ADMITTED.equals(a.state()));
        }
        rows.insertAttempt(UUID.randomUUID(), sitting.id(), number, SittingPreparation.durationSeconds(following.get()));
        return rows.attempts(sitting.id()).stream().filter(a -> a.stage() == number).findFirst();
    }
}
