package kz.attest.delivery;

import kz.attest.web.Refusal;

/**
 * An attempt's verb refused, with a named reason (issue 12 point 6, issue 15 point 4): the reason says what kind of
 * refusal it is and which message of the delivery bundle explains it; the web layer alone chooses the status.
 */
final class AttemptRefusal extends Refusal {

    /** Why an attempt (or the stage a candidate asked for) refused. */
    enum Reason {
        /** The proctor paused it: no answer, no candidate's finish until the resume. */
        PAUSED(Kind.WRONG_STATE, "delivery.attempt.paused"),
        /** Finished, not started, or closed by an act: answers are no longer taken. */
        CLOSED(Kind.WRONG_STATE, "delivery.attempt.closed"),
        /** The server's deadline has come (¶16): the answer is not taken. */
        PAST_DEADLINE(Kind.WRONG_STATE, "delivery.attempt.past-deadline"),
        /** A pause asked of an attempt that is not running. */
        NOT_RUNNING(Kind.WRONG_STATE, "delivery.proctor.not-running"),
        /** A resume asked of an attempt that is not paused. */
        NOT_PAUSED(Kind.WRONG_STATE, "delivery.proctor.not-paused"),
        /** A start asked of a stage that is no longer waiting (finished, not admitted, cancelled). */
        NOT_WAITING(Kind.WRONG_STATE, "delivery.stage.closed"),
        /** An earlier stage is not finished yet (¶16: stages are sat in order). */
        PREVIOUS_UNFINISHED(Kind.WRONG_STATE, "delivery.stage.previous-unfinished"),
        /** The stage needs the earlier stage passed and it was not (¶22, ¶46, ¶71). */
        LOCKED(Kind.WRONG_STATE, "delivery.stage.locked"),
        /** The questions of a stage that has not started were asked for. */
        NOT_STARTED(Kind.WRONG_STATE, "delivery.stage.not-started"),
        /** The sitting has no such stage. */
        NO_SUCH_STAGE(Kind.NOT_FOUND, "delivery.stage.not-found"),
        /** A stage cannot start before the candidate chose the language (¶17). */
        LANGUAGE_REQUIRED(Kind.WRONG_STATE, "delivery.language.required"),
        /** No attempt has this id. */
        UNKNOWN_ATTEMPT(Kind.NOT_FOUND, "delivery.attempt.not-found"),
        /** The attempt is another candidate's. */
        NOT_YOURS(Kind.NOT_ALLOWED, "delivery.attempt.not-yours"),
        /** The position is not in the candidate's form, or the option not among the question's. */
        NOT_IN_FORM(Kind.BAD_INPUT, "delivery.answer.not-in-form"),
        /** An older save of the same position arrived after a newer one (the client's sequence number). */
        STALE_ANSWER(Kind.WRONG_STATE, "delivery.answer.stale");

        final Kind kind;
        final String key;

        Reason(Kind kind, String key) {
            this.kind = kind;
            this.key = key;
        }
    }

    private final Reason reason;

    AttemptRefusal(Reason reason, Object... arguments) {
        super(reason.kind, reason.key, arguments);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
