package kz.attest.delivery;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of one stage's attempt, without Spring or a database; time is pinned. */
class AttemptTests {

    private static final Instant NINE = Instant.parse("2026-12-04T04:00:00Z");

    private static Attempt waiting() {
        return new Attempt(UUID.randomUUID(), 1, Attempt.State.WAITING, 90 * 60, null, null);
    }

    private static Attempt running() {
        Attempt attempt = waiting();
        attempt.start(NINE, true, true);
        return attempt;
    }

    @Test
    void aStartedStageHasTheServersDeadlineAfterItsDuration_000_16() {
        Attempt attempt = waiting();
        assertThat(attempt.start(NINE, true, true)).isEqualTo(NINE.plusSeconds(90 * 60));
        assertThat(attempt.state()).isEqualTo(Attempt.State.RUNNING);
        assertThat(attempt.remainingSeconds(NINE.plusSeconds(60))).isEqualTo(89 * 60);
    }

    @Test
    void aStageStartsOnlyAfterTheEarlierOnesAndOnlyIfTheyPassedWhereRequired_000_22() {
        assertRefused(() -> waiting().start(NINE, false, true), Attempt.Refusal.PREVIOUS_UNFINISHED);
        assertRefused(() -> waiting().start(NINE, true, false), Attempt.Refusal.LOCKED);
        assertRefused(() -> running().start(NINE, true, true), Attempt.Refusal.NOT_WAITING);
    }

    @Test
    void anAnswerIsRecordedOnlyWhileRunningAndBeforeTheDeadline() {
        Attempt attempt = running();
        attempt.record(NINE.plusSeconds(90 * 60 - 1));
        assertRefused(() -> attempt.record(NINE.plusSeconds(90 * 60)), Attempt.Refusal.PAST_DEADLINE);
        assertRefused(() -> waiting().record(NINE), Attempt.Refusal.CLOSED);
        Attempt paused = running();
        paused.pause(NINE.plusSeconds(10));
        assertRefused(() -> paused.record(NINE.plusSeconds(11)), Attempt.Refusal.PAUSED);
    }

    @Test
    void aPauseFreezesTheTimeAndTheResumeMovesTheDeadlineByIt() {
        Attempt attempt = running();
        attempt.pause(NINE.plusSeconds(600));
        assertThat(attempt.remainingSeconds(NINE.plusSeconds(900))).isEqualTo(80 * 60);
        assertThat(attempt.isOverdueAt(NINE.plusSeconds(90 * 60))).as("a paused attempt is not overdue").isFalse();
        assertThat(attempt.resume(NINE.plusSeconds(900))).isEqualTo(NINE.plusSeconds(90 * 60 + 300));
        assertThat(attempt.remainingSeconds(NINE.plusSeconds(900))).isEqualTo(80 * 60);
        assertRefused(() -> attempt.resume(NINE.plusSeconds(901)), Attempt.Refusal.NOT_PAUSED);
        Attempt closed = waiting();
        assertRefused(() -> closed.pause(NINE), Attempt.Refusal.CLOSED);
    }

    @Test
    void theDeadlineFinishesOnlyAnAttemptWhoseDeadlinePassed() {
        Attempt attempt = running();
        assertThat(attempt.isOverdueAt(NINE.plusSeconds(90 * 60 - 1))).isFalse();
        assertThat(attempt.finish(NINE.plusSeconds(90 * 60 - 1), Attempt.FinishReason.DEADLINE)).isFalse();
        assertThat(attempt.state()).isEqualTo(Attempt.State.RUNNING);
        assertThat(attempt.isOverdueAt(NINE.plusSeconds(90 * 60))).isTrue();
        assertThat(attempt.finish(NINE.plusSeconds(90 * 60), Attempt.FinishReason.DEADLINE)).isTrue();
        assertThat(attempt.state()).isEqualTo(Attempt.State.FINISHED);
    }

    @Test
    void anAttemptIsFinishedOnceAndTheCandidateCannotFinishWhilePaused() {
        Attempt attempt = running();
        assertThat(attempt.finish(NINE.plusSeconds(5), Attempt.FinishReason.CANDIDATE)).isTrue();
        assertThat(attempt.finish(NINE.plusSeconds(6), Attempt.FinishReason.CANDIDATE)).isFalse();
        Attempt paused = running();
        paused.pause(NINE.plusSeconds(5));
        assertRefused(() -> paused.finish(NINE.plusSeconds(6), Attempt.FinishReason.CANDIDATE), Attempt.Refusal.PAUSED);
        assertThat(paused.finish(NINE.plusSeconds(6), Attempt.FinishReason.DEADLINE))
                .as("a paused attempt is scored when the server closes it").isTrue();
    }

    @Test
    void aFailedStageClosesALaterStageThatNeedsItPassed_000_22() {
        Attempt later = waiting();
        assertThat(later.gate(true, true)).isFalse();
        assertThat(later.gate(false, false)).isFalse();
        assertThat(later.state()).isEqualTo(Attempt.State.WAITING);
        assertThat(later.gate(false, true)).isTrue();
        assertThat(later.state()).isEqualTo(Attempt.State.NOT_ADMITTED);
        assertThat(later.state().open()).isFalse();
    }

    private static void assertRefused(Runnable verb, Attempt.Refusal reason) {
        assertThatThrownBy(verb::run).isInstanceOfSatisfying(Attempt.Refused.class,
                refused -> assertThat(refused.reason).isEqualTo(reason));
    }
}
