package kz.attest.commission;

import kz.attest.web.Refusal;

/** Why the commission refuses a step of an interview, with a message key of {@code i18n/commission}. */
final class InterviewRefusal extends Refusal {

    private InterviewRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    static InterviewRefusal invalid(String messageKey, Object... arguments) {
        return new InterviewRefusal(Kind.BAD_INPUT, messageKey, arguments);
    }

    static InterviewRefusal notAllowed(String messageKey, Object... arguments) {
        return new InterviewRefusal(Kind.NOT_ALLOWED, messageKey, arguments);
    }

    static InterviewRefusal wrongState(String messageKey, Object... arguments) {
        return new InterviewRefusal(Kind.WRONG_STATE, messageKey, arguments);
    }

    static InterviewRefusal notFound() {
        return new InterviewRefusal(Kind.NOT_FOUND, "commission.error.not-found");
    }

    static InterviewRefusal noProtocol() {
        return new InterviewRefusal(Kind.NOT_FOUND, "commission.error.no-protocol");
    }

    static InterviewRefusal concluded() {
        return wrongState("commission.error.concluded");
    }

    static InterviewRefusal notPlanned() {
        return wrongState("commission.error.not-planned");
    }

    static InterviewRefusal protocolOutdated() {
        return wrongState("commission.error.protocol-outdated");
    }

    static InterviewRefusal commissionOnly() {
        return notAllowed("commission.error.commission-only");
    }
}
