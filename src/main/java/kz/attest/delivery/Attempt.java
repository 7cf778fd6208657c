package kz.attest.delivery;

import kz.attest.delivery.DeliveryRefusal.Reason;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One candidate's sitting of one stage, and its rules: stages are sat in order and a stage that needs the earlier one
 * passed stays shut after a fail (¶16, ¶22, ¶46, ¶71); the server's deadline closes it; a proctor's pause freezes
 * its time and the resume gives the frozen time back, so the candidate gets the whole time ¶21 allots; a finish
 * closes it once. Every verb takes {@code now} and either acts or refuses with a named {@link DeliveryRefusal}. The
 * services load it from an {@link AttemptRow} and write what it decided through {@code ExamRows}; the save path keeps
 * its one UPSERT, which checks the rules of {@link #record} in SQL and asks this class why only when it wrote nothing.
 */
final class Attempt {

    /** The stored states ({@code delivery_attempt.state}). */
    enum State {
        WAITING, RUNNING, PAUSED, FINISHED, NOT_ADMITTED, CANCELLED, TO_BE_PLANNED;

        /** Not yet over: the sitting is not complete while one of its attempts is open. */
        boolean open() {
            return this == WAITING || this == RUNNING || this == PAUSED;
        }

        /** Started and not over: the candidate's client shows its questions. */
        boolean started() {
            return this == RUNNING || this == PAUSED;
        }
    }

    /** Who or what finishes an attempt ({@code delivery_attempt.finish_reason}). */
    enum FinishReason {
        CANDIDATE, DEADLINE
    }

    /** Why an attempt stands still ({@code delivery_attempt.pause_kind}): the proctor's pause or a seat move. */
    enum PauseKind {
        PROCTOR, MOVE
    }

    private final UUID id;
    private final int stage;
    private final int durationSeconds;
    private final Boolean passed;
    private State state;
    private Instant deadline;
    private Instant pausedAt;
    private PauseKind pauseKind;
    private Instant closedAt;

    Attempt(UUID id, int stage, State state, int durationSeconds, Instant deadline, Instant pausedAt,
            PauseKind pauseKind, Boolean passed) {
        this.id = id;
        this.stage = stage;
        this.state = state;
        this.durationSeconds = durationSeconds;
        this.deadline = deadline;
        this.pausedAt = pausedAt;
        this.pauseKind = pauseKind;
        this.passed = passed;
    }

    static Attempt of(AttemptRow row) {
        return new Attempt(row.id(), row.stage(), State.valueOf(row.state()), row.durationSeconds(), row.deadline(),
                row.pausedAt(), row.pauseKind() == null ? null : PauseKind.valueOf(row.pauseKind()), row.passed());
    }

    /**
     * Refuses unless this stage may start now: it waits, every earlier stage is finished, and, where the catalogue's
     * stage needs it (¶22, ¶46, ¶71), passed. Checked before the form is assembled; {@link #start} checks it again.
     */
    void mayStart(List<Attempt> sitting, boolean requiresEarlierPassed) {
        if (state != State.WAITING) {
            throw new DeliveryRefusal(Reason.NOT_WAITING, stage);
        }
        for (Attempt earlier : sitting) {
            if (earlier.stage >= stage) {
                continue;
            }
            if (earlier.state != State.FINISHED) {
                throw new DeliveryRefusal(Reason.PREVIOUS_UNFINISHED, earlier.stage);
            }
            if (requiresEarlierPassed && !Boolean.TRUE.equals(earlier.passed)) {
                throw new DeliveryRefusal(Reason.LOCKED, stage);
            }
        }
    }

    /** Starts the stage: from {@code now} it runs for the catalogue's duration; returns the deadline (¶16, ¶21). */
    Instant start(Instant now, List<Attempt> sitting, boolean requiresEarlierPassed) {
        mayStart(sitting, requiresEarlierPassed);
        state = State.RUNNING;
        deadline = now.plusSeconds(durationSeconds);
        return deadline;
    }

    /** Takes an answer now, or refuses: while paused, once closed, and from the server's deadline on (¶16). */
    void record(Instant now) {
        if (state == State.PAUSED) {
            throw new DeliveryRefusal(Reason.PAUSED, stage);
        }
        if (state != State.RUNNING) {
            throw new DeliveryRefusal(Reason.CLOSED, stage);
        }
        if (!deadline.isAfter(now)) {
            throw new DeliveryRefusal(Reason.PAST_DEADLINE, stage);
        }
    }

    /** Running with its deadline reached: the server finishes it, browser or not. */
    boolean isOverdueAt(Instant now) {
        return state == State.RUNNING && !deadline.isAfter(now);
    }

    /**
     * Closes a running or paused attempt for scoring; {@code false} when there is nothing to finish: closed already,
     * or a deadline finish of an attempt whose deadline moved (a server outage given back). The candidate cannot
     * finish while the proctor holds the attempt paused; the server can (a removal, a sweep of a stale pause).
     */
    boolean finish(Instant now, FinishReason reason) {
        if (!state.started()) {
            return false;
        }
        if (reason == FinishReason.DEADLINE && state == State.RUNNING && deadline.isAfter(now)) {
            return false;
        }
        if (reason == FinishReason.CANDIDATE && state == State.PAUSED) {
            throw new DeliveryRefusal(Reason.PAUSED, stage);
        }
        state = State.FINISHED;
        pausedAt = null;
        pauseKind = null;
        closedAt = now;
        return true;
    }

    /** The time stands still from {@code now}: the proctor's pause or a seat move until the new seat starts. */
    void pause(Instant now, PauseKind kind) {
        if (state != State.RUNNING) {
            throw new DeliveryRefusal(Reason.NOT_RUNNING, stage);
        }
        state = State.PAUSED;
        pausedAt = now;
        pauseKind = kind;
    }

    /** Runs again; the deadline moves by the time it stood still, so the pause costs none of the time ¶21 allots. */
    Instant resume(Instant now) {
        if (state != State.PAUSED) {
            throw new DeliveryRefusal(Reason.NOT_PAUSED, stage);
        }
        deadline = deadline.plus(Duration.between(pausedAt, now));
        pausedAt = null;
        pauseKind = null;
        state = State.RUNNING;
        return deadline;
    }

    /**
     * A failed earlier stage shuts a waiting stage that needs it passed (¶22, ¶46, ¶71); {@code true} if this one was
     * shut now.
     */
    boolean gate(Instant now, boolean earlierPassed, boolean requiresEarlierPassed) {
        if (state != State.WAITING || earlierPassed || !requiresEarlierPassed) {
            return false;
        }
        state = State.NOT_ADMITTED;
        closedAt = now;
        return true;
    }

    /** A proctor's act closes the sitting (¶18, ¶20): an open attempt is cancelled; {@code true} if this one was. */
    boolean cancel(Instant now) {
        if (!state.open()) {
            return false;
        }
        state = State.CANCELLED;
        pausedAt = null;
        pauseKind = null;
        closedAt = now;
        return true;
    }

    /** Seconds left: frozen while paused, counted from the server's deadline otherwise; the full time before start. */
    long remainingSeconds(Instant now) {
        if (deadline == null) {
            return durationSeconds;
        }
        Instant reference = state == State.PAUSED && pausedAt != null ? pausedAt : now;
        return Math.max(0, Duration.between(reference, deadline).toSeconds());
    }

    UUID id() {
        return id;
    }

    State state() {
        return state;
    }

    Instant deadline() {
        return deadline;
    }

    Instant pausedAt() {
        return pausedAt;
    }

    PauseKind pauseKind() {
        return pauseKind;
    }

    /** When the last verb closed it (finish, gate, cancel); null while open. */
    Instant closedAt() {
        return closedAt;
    }

    int stage() {
        return stage;
    }
}
