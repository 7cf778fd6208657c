package kz.attest.decision;

import kz.attest.audit.AuditLog;
import kz.attest.delivery.StageRescored;
import kz.attest.scheduling.StagePlanning;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Seed 000 ¶26 after a re-score: the register keeps the new score of the stage (the original stays in delivery), and
 * when the re-score admits the candidate to a stage — stage 1 now passes, or a faulty practical task sends the
 * candidate to stage 2 again — the provider's motivated letter to the testing operator is recorded (which provider,
 * when, the act it rests on; audited) and scheduling is asked to plan a new sitting of that stage
 * ({@link StagePlanning}). Any {@code nextStageToPlan} is handled alike. After the re-score commits, in its own
 * transaction; a repeated event changes nothing.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StageLetters {

    private final ResultRows results;
    private final StagePlanning stagePlanning;
    private final AuditLog audit;
    private final Clock clock;

    private final Outcomes outcomes;
    private final kz.attest.catalogue.Catalogue catalogue;

    @ApplicationModuleListener
    void on(StageRescored event) {
        handle(event);
    }

    void handle(StageRescored event) {
        int changed = results.rescore(event.attemptId(), event.correct(), event.passed());
        if (changed == 1) {
            audit.record("system", "decision.result-rescored", "Sitting", event.sittingId().toString(),
                    "stage %d: %d -> %d of %d, %s, act %s (¶26)".formatted(event.stage(), event.originalCorrect(),
                            event.correct(), event.total(), event.passed() ? "passed" : "failed", event.actReference()));
        }
        if (event.nextStageToPlan().isEmpty()) {
            sittingOutcome(event);
            return;
        }
        int next = event.nextStageToPlan().get();
        String provider = results.sitting(event.sittingId()).map(ResultEntry::providerId).orElse(null);
        Instant now = clock.instant();
        String reason = "letter of provider %s (¶26): stage %d re-scored %d -> %d of %d, act %s".formatted(
                provider == null ? "?" : provider, event.stage(), event.originalCorrect(), event.correct(),
                event.total(), event.actReference());
        Long letter = results.writeStageLetter(event, provider, next, now).orElse(null);
        if (letter == null) {
            return; // the same re-score delivered again
        }
        boolean requested = stagePlanning.request(event.sittingId(), next, reason + ", letter " + letter);
        results.letterPlanned(letter, requested);
        audit.record("system", "decision.stage-letter", "Sitting", event.sittingId().toString(),
                "letter %d: %s; new sitting of stage %d %s".formatted(letter, reason, next,
                        requested ? "requested from the operator" : "not planned on this node (no such sitting here)"));
    }

    /**
     * ¶26: a re-score that makes the last stage pass changes the sitting's outcome too (a single-stage service
     * rescored from 69 to 70 is passed): the register's sitting passes — which lifts the retake block — and the
     * decision is drawn up again, or a signed one superseded by a corrected decision.
     */
    private void sittingOutcome(StageRescored event) {
        if (!event.passed() || event.originallyPassed()) {
            return;
        }
        Optional<ResultEntry> sitting = results.sitting(event.sittingId());
        if (sitting.isEmpty() || sitting.get().completedAt() == null || Boolean.TRUE.equals(sitting.get().passed())) {
            return;
        }
        long stages = catalogue.get(event.service()).stages().size();
        boolean allPassed = sitting.get().stages().stream().allMatch(ResultEntry.Stage::passed)
                && sitting.get().stages().stream().map(ResultEntry.Stage::stage).distinct().count() >= stages;
        if (!allPassed) {
            return;
        }
        results.passAfterRescore(event.sittingId());
        audit.record("system", "decision.sitting-rescored-passed", "Sitting", event.sittingId().toString(),
                "the sitting now passes after the re-score of stage %d (act %s, ¶26)".formatted(event.stage(),
                        event.actReference()));
        event.applicationId().ifPresent(id -> outcomes.outcomeChanged(id,
                "re-score of stage %d, act %s (¶26)".formatted(event.stage(), event.actReference())));
    }
}
