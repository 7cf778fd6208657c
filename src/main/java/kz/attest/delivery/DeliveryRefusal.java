package kz.attest.delivery;

import kz.attest.web.Refusal;

/**
 * The delivery module's refusals, each with a named reason (issue 12 point 6, issue 15 point 4): a workstation's
 * request refused before any attempt is looked at, an attempt's verb, a proctor's action, a check-in the module cannot
 * seat. The reason says what kind of refusal it is and which message of the delivery bundle explains it; the web layer
 * alone chooses the status.
 */
class DeliveryRefusal extends Refusal {

    /** Why the delivery module refused. */
    enum Reason {
        // a workstation's request
        CODE_REQUIRED(Kind.BAD_INPUT, "delivery.refused.code-required"),
        /** The code is no checked-in candidate's, or it was used already. */
        UNKNOWN_CODE(Kind.NOT_ALLOWED, "delivery.refused.code"),
        /** The code was issued for another seat (the proctor seats the candidate, ¶17). */
        OTHER_SEAT(Kind.NOT_ALLOWED, "delivery.refused.seat"),
        /** The request came from outside the hall's address ranges. */
        OUTSIDE_HALL_NETWORK(Kind.NOT_ALLOWED, "delivery.refused.ip-range"),
        /** The hall demands Safe Exam Browser's header and it is missing or wrong. */
        NO_SAFE_EXAM_BROWSER(Kind.NOT_ALLOWED, "delivery.refused.safe-exam-browser"),
        /** Another workstation took the sitting over (a seat move), or the test is over. */
        REPLACED(Kind.NOT_ALLOWED, "delivery.refused.workstation"),
        /** No workstation was started in this browser session. */
        NO_WORKSTATION(Kind.NOT_SIGNED_IN, "delivery.refused.no-workstation"),
        /** The exam token of a script's call is missing its seal, changed, of another installation or expired. */
        EXAM_TOKEN(Kind.NOT_SIGNED_IN, "delivery.refused.exam-token"),
        /** The sitting is closed: completed, removed or suspended. */
        SITTING_CLOSED(Kind.WRONG_STATE, "delivery.sitting.closed"),
        /** The language is neither Kazakh nor Russian (¶17). */
        LANGUAGE_INVALID(Kind.BAD_INPUT, "delivery.language.invalid"),
        /** A trial was asked for a service without a test (¶28). */
        NOT_TESTED(Kind.NOT_FOUND, "delivery.trial.not-tested"),

        // an attempt's verb, or the stage a candidate asked for
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
        /** The questions of a stage that has not started were asked for (a form prepared ahead included). */
        NOT_STARTED(Kind.WRONG_STATE, "delivery.stage.not-started"),
        /** The sitting has no such stage. */
        NO_SUCH_STAGE(Kind.NOT_FOUND, "delivery.stage.not-found"),
        /** The form of a stage that is neither running nor paused was asked for. */
        STAGE_NOT_RUNNING(Kind.WRONG_STATE, "delivery.stage.not-running"),
        /** A stage cannot start before the candidate chose the language (¶17). */
        LANGUAGE_REQUIRED(Kind.WRONG_STATE, "delivery.language.required"),
        /** No attempt has this id. */
        UNKNOWN_ATTEMPT(Kind.NOT_FOUND, "delivery.attempt.not-found"),
        /** The attempt is another candidate's. */
        NOT_YOURS(Kind.NOT_ALLOWED, "delivery.attempt.not-yours"),
        /** The position is not in the candidate's form, or the option not among the question's. */
        NOT_IN_FORM(Kind.BAD_INPUT, "delivery.answer.not-in-form"),
        /** A question page of a position outside the candidate's form. */
        NO_SUCH_POSITION(Kind.NOT_FOUND, "delivery.answer.not-in-form"),
        /** An older save of the same position arrived after a newer one (the client's sequence number). */
        STALE_ANSWER(Kind.WRONG_STATE, "delivery.answer.stale"),

        // a proctor's action
        /** A pause or resume needs its reason written down (it goes into the act). */
        REASON_REQUIRED(Kind.BAD_INPUT, "delivery.proctor.reason-required"),
        /** An act needs its description (¶18, ¶20). */
        DESCRIPTION_REQUIRED(Kind.BAD_INPUT, "delivery.proctor.description-required"),
        /** An act of violation needs its witnesses (¶18). */
        WITNESSES_REQUIRED(Kind.BAD_INPUT, "delivery.proctor.witnesses-required"),
        /** No such checked-in candidate. */
        NO_SUCH_SITTING(Kind.NOT_FOUND, "delivery.sitting.not-found"),
        /** The sitting is closed already: no second act. */
        ACT_DRAWN(Kind.WRONG_STATE, "delivery.proctor.closed"),

        // a check-in the module cannot seat
        /** A check-in without a stage to sit. */
        NO_STAGES(Kind.BAD_INPUT, "delivery.check-in.no-stages"),
        /** A check-in for a stage the service does not have. */
        UNKNOWN_STAGE(Kind.BAD_INPUT, "delivery.check-in.unknown-stage");

        final Kind kind;
        final String key;

        Reason(Kind kind, String key) {
            this.kind = kind;
            this.key = key;
        }
    }

    private final Reason reason;

    DeliveryRefusal(Reason reason, Object... arguments) {
        super(reason.kind, reason.key, arguments);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
