package kz.attest.delivery;

import kz.attest.delivery.DeliveryRefusal.Reason;
import kz.attest.web.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every verb of one stage's attempt and each of its refusals, without Spring or a database; time is pinned. */
class AttemptTests {

    private static final Instant NINE = Instant.parse("2026-12-04T04:00:00Z");
    private static final int NINETY_MINUTES = 90 * 60;

    private static Attempt attempt(int stage, Attempt.State state, Boolean passed) {
        return new Attempt(UUID.randomUUID(), stage, state, NINETY_MINUTES, null, null, null, passed);
    }

    private static Attempt waiting() {
        return attempt(1, Attempt.State.WAITING, null);
    }

    private static Attempt running() {
        Attempt attempt = waiting();
        attempt.start(NINE, List.of(attempt), false);
        return attempt;
    }

    private static Attempt paused(Instant at) {
        Attempt attempt = running();
        attempt.pause(at, Attempt.PauseKind.PROCTOR);
        return attempt;
    }

    // start

    @Test
    void aStartedStageRunsForItsAllottedTimeFromTheServersClock_000_21() {
        Attempt attempt = waiting();
        assertThat(attempt.start(NINE, List.of(attempt), false)).isEqualTo(NINE.plusSeconds(NINETY_MINUTES));
        assertThat(attempt.state()).isEqualTo(Attempt.State.RUNNING);
        assertThat(attempt.deadline()).isEqualTo(NINE.plusSeconds(NINETY_MINUTES));
        assertThat(attempt.remainingSeconds(NINE.plusSeconds(60))).isEqualTo(89 * 60);
    }

    @Test
    void beforeItsStartAStageShowsItsWholeTime_000_16() {
        assertThat(waiting().remainingSeconds(NINE)).isEqualTo(NINETY_MINUTES);
    }

    @Test
    void aStageThatNoLongerWaitsIsNotStartedAgain() {
        for (Attempt closed : List.of(running(), paused(NINE.plusSeconds(1)), attempt(1, Attempt.State.FINISHED, true),
                attempt(1, Attempt.State.NOT_ADMITTED, null), attempt(1, Attempt.State.CANCELLED, null),
                attempt(1, Attempt.State.TO_BE_PLANNED, null))) {
            Attempt.State before = closed.state();
            assertRefused(() -> closed.start(NINE, List.of(closed), false), Reason.NOT_WAITING);
            assertThat(closed.state()).isEqualTo(before);
        }
    }

    @Test
    void aStageStartsOnlyAfterTheEarlierStagesFinished_000_16() {
        Attempt first = attempt(1, Attempt.State.RUNNING, null);
        Attempt second = attempt(2, Attempt.State.WAITING, null);
        DeliveryRefusal refusal = assertRefused(() -> second.start(NINE, List.of(first, second), false),
                Reason.PREVIOUS_UNFINISHED);
        assertThat(refusal.arguments()).as("names the unfinished stage").containsExactly(1);
        assertThat(second.state()).isEqualTo(Attempt.State.WAITING);
        assertThat(second.deadline()).isNull();
    }

    @Test
    void aStageThatNeedsTheEarlierOnePassedStaysShutAfterAFail_000_22() {
        Attempt failed = attempt(1, Attempt.State.FINISHED, false);
        Attempt second = attempt(2, Attempt.State.WAITING, null);
        assertRefused(() -> second.mayStart(List.of(failed, second), true), Reason.LOCKED);
        assertRefused(() -> second.start(NINE, List.of(failed, second), true), Reason.LOCKED);
        assertThat(second.state()).isEqualTo(Attempt.State.WAITING);
        second.start(NINE, List.of(attempt(1, Attempt.State.FINISHED, true), second), true);
        assertThat(second.state()).isEqualTo(Attempt.State.RUNNING);
    }

    @Test
    void aStageThatDoesNotNeedTheEarlierOnePassedStartsAfterAFail() {
        Attempt second = attempt(2, Attempt.State.WAITING, null);
        second.mayStart(List.of(attempt(1, Attempt.State.FINISHED, false), second), false);
        assertThat(second.state()).as("mayStart only checks").isEqualTo(Attempt.State.WAITING);
        second.start(NINE, List.of(attempt(1, Attempt.State.FINISHED, false), second), false);
        assertThat(second.state()).isEqualTo(Attempt.State.RUNNING);
    }

    // record

    @Test
    void anAnswerIsTakenUntilTheServersDeadlineAndNotFromIt_000_21() {
        Attempt attempt = running();
        attempt.record(NINE.plusSeconds(NINETY_MINUTES - 1));
        assertRefused(() -> attempt.record(NINE.plusSeconds(NINETY_MINUTES)), Reason.PAST_DEADLINE);
    }

    @Test
    void noAnswerIsTakenWhilePausedOrOnceClosed() {
        assertRefused(() -> paused(NINE.plusSeconds(10)).record(NINE.plusSeconds(11)), Reason.PAUSED);
        assertRefused(() -> waiting().record(NINE), Reason.CLOSED);
        Attempt finished = running();
        finished.finish(NINE.plusSeconds(5), Attempt.FinishReason.CANDIDATE);
        assertRefused(() -> finished.record(NINE.plusSeconds(6)), Reason.CLOSED);
        Attempt cancelled = running();
        cancelled.cancel(NINE.plusSeconds(5));
        assertRefused(() -> cancelled.record(NINE.plusSeconds(6)), Reason.CLOSED);
    }

    // pause and resume

    @Test
    void aPauseFreezesTheTime() {
        Attempt attempt = paused(NINE.plusSeconds(600));
        assertThat(attempt.state()).isEqualTo(Attempt.State.PAUSED);
        assertThat(attempt.pauseKind()).isEqualTo(Attempt.PauseKind.PROCTOR);
        assertThat(attempt.remainingSeconds(NINE.plusSeconds(900))).isEqualTo(80 * 60);
        assertThat(attempt.remainingSeconds(NINE.plusSeconds(NINETY_MINUTES * 2))).isEqualTo(80 * 60);
        assertThat(attempt.isOverdueAt(NINE.plusSeconds(NINETY_MINUTES))).as("a paused attempt is not overdue").isFalse();
    }

    @Test
    void theResumeGivesThePausedTimeBackSoThePauseCostsNoneOfTheAllottedTime_000_21() {
        Attempt attempt = paused(NINE.plusSeconds(600));
        assertThat(attempt.resume(NINE.plusSeconds(900))).isEqualTo(NINE.plusSeconds(NINETY_MINUTES + 300));
        assertThat(attempt.state()).isEqualTo(Attempt.State.RUNNING);
        assertThat(attempt.pausedAt()).isNull();
        assertThat(attempt.remainingSeconds(NINE.plusSeconds(900))).isEqualTo(80 * 60);
    }

    @Test
    void aSeatMovePausesLikeTheProctorAndSaysSo() {
        Attempt attempt = running();
        attempt.pause(NINE.plusSeconds(60), Attempt.PauseKind.MOVE);
        assertThat(attempt.pauseKind()).isEqualTo(Attempt.PauseKind.MOVE);
        assertThat(attempt.resume(NINE.plusSeconds(120))).isEqualTo(NINE.plusSeconds(NINETY_MINUTES + 60));
        assertThat(attempt.pauseKind()).isNull();
    }

    @Test
    void onlyARunningAttemptIsPaused() {
        assertRefused(() -> waiting().pause(NINE, Attempt.PauseKind.PROCTOR), Reason.NOT_RUNNING);
        assertRefused(() -> paused(NINE).pause(NINE.plusSeconds(1), Attempt.PauseKind.PROCTOR), Reason.NOT_RUNNING);
        assertRefused(() -> attempt(1, Attempt.State.FINISHED, true).pause(NINE, Attempt.PauseKind.MOVE),
                Reason.NOT_RUNNING);
    }

    @Test
    void onlyAPausedAttemptIsResumed() {
        assertRefused(() -> running().resume(NINE.plusSeconds(1)), Reason.NOT_PAUSED);
        assertRefused(() -> waiting().resume(NINE), Reason.NOT_PAUSED);
        Attempt resumed = paused(NINE.plusSeconds(1));
        resumed.resume(NINE.plusSeconds(2));
        assertRefused(() -> resumed.resume(NINE.plusSeconds(3)), Reason.NOT_PAUSED);
    }

    // finish

    @Test
    void theDeadlineFinishesOnlyAnAttemptWhoseDeadlinePassed_000_21() {
        Attempt attempt = running();
        assertThat(attempt.isOverdueAt(NINE.plusSeconds(NINETY_MINUTES - 1))).isFalse();
        assertThat(attempt.finish(NINE.plusSeconds(NINETY_MINUTES - 1), Attempt.FinishReason.DEADLINE)).isFalse();
        assertThat(attempt.state()).isEqualTo(Attempt.State.RUNNING);
        assertThat(attempt.isOverdueAt(NINE.plusSeconds(NINETY_MINUTES))).isTrue();
        assertThat(attempt.finish(NINE.plusSeconds(NINETY_MINUTES), Attempt.FinishReason.DEADLINE)).isTrue();
        assertThat(attempt.state()).isEqualTo(Attempt.State.FINISHED);
        assertThat(attempt.closedAt()).isEqualTo(NINE.plusSeconds(NINETY_MINUTES));
    }

    @Test
    void theCandidateFinishesARunningAttemptBeforeItsDeadlineAndOnlyOnce() {
        Attempt attempt = running();
        assertThat(attempt.finish(NINE.plusSeconds(5), Attempt.FinishReason.CANDIDATE)).isTrue();
        assertThat(attempt.state()).isEqualTo(Attempt.State.FINISHED);
        assertThat(attempt.finish(NINE.plusSeconds(6), Attempt.FinishReason.CANDIDATE)).isFalse();
        assertThat(attempt.finish(NINE.plusSeconds(NINETY_MINUTES), Attempt.FinishReason.DEADLINE)).isFalse();
        assertThat(waiting().finish(NINE, Attempt.FinishReason.CANDIDATE)).as("nothing to finish").isFalse();
    }

    @Test
    void theCandidateCannotFinishWhileTheProctorHoldsTheAttemptButTheServerCan() {
        Attempt paused = paused(NINE.plusSeconds(5));
        assertRefused(() -> paused.finish(NINE.plusSeconds(6), Attempt.FinishReason.CANDIDATE), Reason.PAUSED);
        assertThat(paused.state()).isEqualTo(Attempt.State.PAUSED);
        assertThat(paused.finish(NINE.plusSeconds(6), Attempt.FinishReason.DEADLINE))
                .as("a paused attempt is scored when the server closes it").isTrue();
        assertThat(paused.pausedAt()).isNull();
    }

    // gate

    @Test
    void aFailedStageShutsALaterStageThatNeedsItPassed_000_22() {
        Attempt later = attempt(2, Attempt.State.WAITING, null);
        assertThat(later.gate(NINE, true, true)).as("the earlier stage passed").isFalse();
        assertThat(later.gate(NINE, false, false)).as("the stage does not need it passed").isFalse();
        assertThat(later.state()).isEqualTo(Attempt.State.WAITING);
        assertThat(later.gate(NINE, false, true)).isTrue();
        assertThat(later.state()).isEqualTo(Attempt.State.NOT_ADMITTED);
        assertThat(later.state().open()).isFalse();
        assertThat(later.closedAt()).isEqualTo(NINE);
        assertThat(later.gate(NINE, false, true)).as("shut once").isFalse();
    }

    @Test
    void aStageAlreadyUnderwayIsNotGated() {
        Attempt underway = running();
        assertThat(underway.gate(NINE, false, true)).isFalse();
        assertThat(underway.state()).isEqualTo(Attempt.State.RUNNING);
    }

    // cancel

    @Test
    void aProctorsActCancelsEveryOpenAttemptAndNoClosedOne_000_18_000_20() {
        for (Attempt open : List.of(waiting(), running(), paused(NINE.plusSeconds(1)))) {
            assertThat(open.cancel(NINE.plusSeconds(2))).isTrue();
            assertThat(open.state()).isEqualTo(Attempt.State.CANCELLED);
            assertThat(open.closedAt()).isEqualTo(NINE.plusSeconds(2));
        }
        Attempt finished = attempt(1, Attempt.State.FINISHED, true);
        assertThat(finished.cancel(NINE)).isFalse();
        assertThat(finished.state()).isEqualTo(Attempt.State.FINISHED);
    }

    // the refusals themselves

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyRefusalNamesItsReasonAKindAndAMessageOfTheDeliveryBundle(Reason reason) {
        DeliveryRefusal refusal = new DeliveryRefusal(reason, 2);
        assertThat(refusal.reason()).isEqualTo(reason);
        assertThat(refusal.kind()).isNotNull();
        assertThat(refusal.messageKey()).startsWith("delivery.");
        assertThat(refusal.arguments()).containsExactly(2);
    }

    @Test
    void aWrongStateIsAWrongStateAndAMissingStageIsNotFound() {
        assertThat(new DeliveryRefusal(Reason.PAUSED).kind()).isEqualTo(Refusal.Kind.WRONG_STATE);
        assertThat(new DeliveryRefusal(Reason.PAST_DEADLINE).kind()).isEqualTo(Refusal.Kind.WRONG_STATE);
        assertThat(new DeliveryRefusal(Reason.NO_SUCH_STAGE, 3).kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    }

    private static DeliveryRefusal assertRefused(Runnable verb, Reason reason) {
        DeliveryRefusal[] caught = new DeliveryRefusal[1];
        assertThatThrownBy(verb::run).isInstanceOfSatisfying(DeliveryRefusal.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.messageKey()).isEqualTo(reason.key);
            caught[0] = refused;
        });
        return caught[0];
    }
}
