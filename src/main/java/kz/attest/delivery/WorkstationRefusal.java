package kz.attest.delivery;

import kz.attest.web.Refusal;

/**
 * A workstation's request refused before any attempt is looked at, with a named reason: no code, a code of no one,
 * another seat, the hall's network or Safe Exam Browser policy, a workstation no longer bound to the sitting. Free of
 * HTTP; the web layer maps the kind to a status (issue 15 point 4).
 */
final class WorkstationRefusal extends Refusal {

    /** Why a workstation was refused. */
    enum Reason {
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
        NOT_STARTED(Kind.NOT_SIGNED_IN, "delivery.refused.no-workstation"),
        /** The exam token of a script's call is missing its seal, changed, of another installation or expired. */
        EXAM_TOKEN(Kind.NOT_SIGNED_IN, "delivery.refused.exam-token"),
        /** The sitting is closed: completed, removed or suspended. */
        SITTING_CLOSED(Kind.WRONG_STATE, "delivery.sitting.closed"),
        /** The language is neither Kazakh nor Russian (¶17). */
        LANGUAGE_INVALID(Kind.BAD_INPUT, "delivery.language.invalid"),
        /** A trial was asked for a service without a test (¶28). */
        NOT_TESTED(Kind.NOT_FOUND, "delivery.trial.not-tested");

        final Kind kind;
        final String key;

        Reason(Kind kind, String key) {
            this.kind = kind;
            this.key = key;
        }
    }

    private final Reason reason;

    WorkstationRefusal(Reason reason, Object... arguments) {
        super(reason.kind, reason.key, arguments);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
