package kz.attest.delivery;

import java.time.Instant;
import java.util.UUID;

/** One stage of a sitting, as stored; the form is JSON of {@link kz.attest.itembank.AssembledForm}. */
record AttemptRow(UUID id, UUID sittingId, int stage, String state, int durationSeconds, Integer questionCount,
                  String formJson, Instant startedAt, Instant deadline, Instant pausedAt, String pauseKind,
                  Instant finishedAt, String finishReason, Integer correct, Integer total, Integer threshold,
                  Boolean passed) {

    static final String WAITING = "WAITING";
    static final String RUNNING = "RUNNING";
    static final String PAUSED = "PAUSED";
    static final String FINISHED = "FINISHED";
    static final String NOT_ADMITTED = "NOT_ADMITTED";
    static final String CANCELLED = "CANCELLED";
    /** Admitted after a re-score (¶26): the stage is to be sat at a new session planned for the candidate. */
    static final String TO_BE_PLANNED = "TO_BE_PLANNED";

    boolean running() {
        return RUNNING.equals(state);
    }

    boolean finished() {
        return FINISHED.equals(state);
    }

    /** Seconds the candidate still has: frozen while paused, counted from the server's deadline otherwise. */
    public long remainingSeconds(Instant now) {
        return Attempt.of(this).remainingSeconds(now);
    }
}
