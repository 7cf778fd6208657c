package kz.attest.delivery;

import kz.attest.web.Refusal;

/** A proctor's action refused, with a named reason; free of HTTP (the web layer maps the kind to a status). */
final class ProctorRefusal extends Refusal {

    /** Why a proctor's action was refused. */
    enum Reason {
        /** A pause or resume needs its reason written down (it goes into the act). */
        REASON_REQUIRED(Kind.BAD_INPUT, "delivery.proctor.reason-required"),
        /** An act needs its description (¶18, ¶20). */
        DESCRIPTION_REQUIRED(Kind.BAD_INPUT, "delivery.proctor.description-required"),
        /** An act of violation needs its witnesses (¶18). */
        WITNESSES_REQUIRED(Kind.BAD_INPUT, "delivery.proctor.witnesses-required"),
        /** No such checked-in candidate. */
        NO_SUCH_SITTING(Kind.NOT_FOUND, "delivery.sitting.not-found"),
        /** The sitting is closed already: no second act. */
        SITTING_CLOSED(Kind.WRONG_STATE, "delivery.proctor.closed");

        final Kind kind;
        final String key;

        Reason(Kind kind, String key) {
            this.kind = kind;
            this.key = key;
        }
    }

    private final Reason reason;

    ProctorRefusal(Reason reason) {
        super(reason.kind, reason.key);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
