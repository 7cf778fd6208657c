package kz.attest.delivery;

import kz.attest.audit.AuditLog;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import kz.attest.itembank.AssembledForm;
import kz.attest.itembank.Forms;
import kz.attest.itembank.ItemInvalidations;
import kz.attest.itembank.ItemStatistics;
import kz.attest.itembank.ScoringKey;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static kz.attest.Json.JSON;

/**
 * The finish of an attempt, whoever closes it (the candidate, the deadline): the count of correct answers against the
 * server-side key compared with the catalogue's threshold as integers (¶22, ¶47, ¶72, ¶95), the item statistics, the
 * gating of later stages that need this one passed (¶22, ¶46, ¶71) and, once no stage is open, the sitting's
 * completion. A trial's score goes nowhere (¶28).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AttemptScoring {

    private final ExamRows rows;
    private final Forms forms;
    private final ItemStatistics statistics;
    private final ItemInvalidations invalidations;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ServerOutages outages;

    /**
     * Scores a running (or paused) attempt and closes it, under the attempt's row lock, so a save either commits
     * before and is counted or comes after and is refused. Nothing happens when the attempt is closed already or, for
     * a deadline finish, when its deadline moved meanwhile (a server outage given back).
     */
    @Transactional
    public void finish(UUID attemptId, Attempt.FinishReason reason) {
        if (reason == Attempt.FinishReason.DEADLINE) {
            outages.detectIfStale(); // a server outage not yet detected moves the deadline first
        }
        AttemptRow row = rows.attemptForUpdate(attemptId).orElseThrow();
        Instant now = clock.instant();
        if (!Attempt.of(row).finish(now, reason)) { // refuses the candidate while the proctor holds it paused
            return;
        }
        SittingRow sitting = rows.sitting(row.sittingId()).orElseThrow();
        ServiceDefinition service = catalogue.get(sitting.service());
        Stage stage = Attempts.stageOf(service, row.stage());
        AssembledForm form = JSON.readValue(row.formJson(), AssembledForm.class);
        ScoringKey key = forms.scoringKey(form);
        FormScoring.Scored scored = FormScoring.score(form, key, rows.answers(attemptId),
                invalidations.invalidatedAmong(FormScoring.itemIds(form)));
        int correct = scored.correct();
        int total = scored.total();
        boolean passed = stage.passes(correct, total);
        rows.finish(attemptId, now, reason.name(), correct, total, stage.passThreshold(), passed);
        audit.record(reason == Attempt.FinishReason.DEADLINE ? "system" : "workstation", "delivery.stage-scored",
                "Attempt", attemptId.toString(), "stage " + row.stage() + ": " + correct + " of " + total
                        + ", threshold " + stage.passThreshold() + "%, " + (passed ? "passed" : "failed")
                        + ", finished by " + reason.name());
        if (!sitting.trial()) { // a trial's result is not a basis for any decision (¶28): it goes nowhere
            statistics.record(scored.forStatistics(attemptId, service.code().value(), row.stage()));
            events.publishEvent(new StageScored(attemptId, sitting.id(), sitting.application(), sitting.accountId(),
                    service.code(), row.stage(), correct, total, stage.passThreshold(), passed, now));
        }
        if (!passed) {
            gateLaterStages(sitting, service, row.stage(), now);
        }
        completeIfNoStageOpen(sitting, service, now);
    }

    /** A failed stage shuts every later waiting stage that needs it passed (¶22, ¶46, ¶71). */
    private void gateLaterStages(SittingRow sitting, ServiceDefinition service, int failedStage, Instant now) {
        for (AttemptRow later : rows.attempts(sitting.id())) {
            if (later.stage() > failedStage && Attempt.of(later).gate(now, false,
                    Attempts.stageOf(service, later.stage()).requiresPreviousStagePassed())) {
                rows.setAttemptState(later.id(), AttemptRow.NOT_ADMITTED, now, "PREVIOUS_STAGE_FAILED");
            }
        }
    }

    private void completeIfNoStageOpen(SittingRow sitting, ServiceDefinition service, Instant now) {
        List<AttemptRow> all = rows.attempts(sitting.id());
        if (all.stream().anyMatch(a -> Attempt.of(a).state().open())) {
            return;
        }
        boolean allPassed = all.stream().allMatch(a -> Boolean.TRUE.equals(a.passed()));
        rows.setSittingState(sitting.id(), "COMPLETED", null);
        audit.record("system", "delivery.sitting-completed", "Sitting", sitting.id().toString(),
                allPassed ? "passed" : "not passed");
        if (!sitting.trial()) {
            events.publishEvent(new SittingCompleted(sitting.id(), sitting.application(), sitting.accountId(),
                    service.code(), allPassed, now));
        }
    }
}
