package kz.attest.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One candidate's sitting of one stage, and its rules: the server's deadline closes it, a pause freezes it, a finish
 * closes it once. Every verb takes {@code now} and either acts or refuses with a named {@link Refusal}; the tables
 * are written by {@code ExamRows} (the save path keeps its one UPSERT, which checks the same rules in SQL).
 */
final class Attempt {

    /** The stored states ({@code delivery_attempt.state}). */
    enum State {
        WAITING, RUNNING, PAUSED, FINISHED, NOT_ADMITTED, CANCELLED, TO_BE_PLANNED;

        boolean open() {
            return this == WAITING || this == RUNNING || this == PAUSED;
        }
    }

    /** Who or what finishes an attempt ({@code delivery_attempt.finish_reason}). */
    enum FinishReason {
        CANDIDATE, DEADLINE
    }

    /** Why a verb refused; the key is the delivery bundle's message. */
    enum Refusal {
        PAUSED("delivery.attempt.paused"),
        CLOSED("delivery.attempt.closed"),
        PAST_DEADLINE("delivery.attempt.past-deadline"),
        NOT_PAUSED("delivery.proctor.not-paused"),
        NOT_WAITING("delivery.stage.closed"),
        PREVIOUS_UNFINISHED("delivery.stage.previous-unfinished"),
        LOCKED("delivery.stage.locked");

        final String key;

        Refusal(String key) {
            this.key = key;
        }
    }

    /** A refused verb: wrong state for it (the web answers 409). */
    static final class Refused extends RuntimeException {
        final Refusal reason;

        Refused(Refusal reason, UUID attempt) {
            super(reason + " (attempt " + attempt + ")", null, false, false);
            this.reason = reason;
        }
    }

    private final UUID id;
    private final int stage;
    private final int durationSeconds;
    private State state;
    private Instant deadline;
    private Instant pausedAt;

    Attempt(UUID id, int stage, State state, int durationSeconds, Instant deadline, Instant pausedAt) {
        this.id = id;
        this.stage = stage;
        this.state = state;
        this.durationSeconds = durationSeconds;
        this.deadline = deadline;
        this.pausedAt = pausedAt;
    }

    static Attempt of(AttemptRow row) {
        return new Attempt(row.id(), row.stage(), State.valueOf(row.state()), row.durationSeconds(), row.deadline(),
                row.pausedAt());
    }

    /** Starts a waiting stage after the earlier ones; returns the server's deadline (¶16, ¶22). */
    Instant start(Instant now, boolean earlierFinished, boolean earlierPassedIfRequired) {
        if (state != State.WAITING) {
            throw new Refused(Refusal.NOT_WAITING, id);
        }
        if (!earlierFinished) {
            throw new Refused(Refusal.PREVIOUS_UNFINISHED, id);
        }
        if (!earlierPassedIfRequired) {
            throw new Refused(Refusal.LOCKED, id);
        }
        state = State.RUNNING;
        deadline = now.plusSeconds(durationSeconds);
        return deadline;
    }

    /** May an answer be recorded now? Refuses while paused, once closed, and from the deadline on. */
    void record(Instant now) {
        if (state == State.PAUSED) {
            throw new Refused(Refusal.PAUSED, id);
        }
        if (state != State.RUNNING) {
            throw new Refused(Refusal.CLOSED, id);
        }
        if (!deadline.isAfter(now)) {
            throw new Refused(Refusal.PAST_DEADLINE, id);
        }
    }

    /** Running with its deadline reached: the server finishes it, browser or not. */
    boolean isOverdueAt(Instant now) {
        return state == State.RUNNING && !deadline.isAfter(now);
    }

    /**
     * Closes a running or paused attempt; {@code false} when there is nothing to finish: closed already, or a deadline
     * finish of an attempt whose deadline moved (a server outage given back). A candidate cannot finish while paused.
     */
    boolean finish(Instant now, FinishReason reason) {
        if (state != State.RUNNING && state != State.PAUSED) {
            return false;
        }
        if (reason == FinishReason.DEADLINE && state == State.RUNNING && deadline.isAfter(now)) {
            return false;
        }
        if (reason == FinishReason.CANDIDATE && state == State.PAUSED) {
            throw new Refused(Refusal.PAUSED, id);
        }
        state = State.FINISHED;
        return true;
    }

    /** The proctor pauses a running attempt: its time stands still. */
    void pause(Instant now) {
        if (state != State.RUNNING) {
            throw new Refused(Refusal.CLOSED, id);
        }
        state = State.PAUSED;
        pausedAt = now;
    }

    /** Resumes a paused attempt; the deadline moves by the time it stood still. Returns the new deadline. */
    Instant resume(Instant now) {
        if (state != State.PAUSED) {
            throw new Refused(Refusal.NOT_PAUSED, id);
        }
        deadline = deadline.plus(Duration.between(pausedAt, now));
        pausedAt = null;
        state = State.RUNNING;
        return deadline;
    }

    /** A failed earlier stage closes a waiting stage that needs it passed (¶22, ¶46, ¶71); {@code true} if it did. */
    boolean gate(boolean earlierPassed, boolean requiresEarlierPassed) {
        if (state != State.WAITING || earlierPassed || !requiresEarlierPassed) {
            return false;
        }
        state = State.NOT_ADMITTED;
        return true;
    }

    /** Seconds left: frozen while paused, counted from the server's deadline otherwise. */
    long remainingSeconds(Instant now) {
        if (deadline == null) {
            return durationSeconds;
        }
        Instant reference = state == State.PAUSED && pausedAt != null ? pausedAt : now;
        return Math.max(0, Duration.between(reference, deadline).toSeconds());
    }

    State state() {
        return state;
    }

    Instant deadline() {
        return deadline;
    }

    int stage() {
        return stage;
    }
}
