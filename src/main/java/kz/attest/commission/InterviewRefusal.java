package kz.attest.commission;

import kz.attest.web.Refusal;

/** Why the commission refuses a step of an interview, with a message key of {@code i18n/commission}. */
final class InterviewRefusal extends Refusal {

    InterviewRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    static InterviewRefusal notFound() {
        return new InterviewRefusal(Kind.NOT_FOUND, "commission.error.not-found");
    }

    static InterviewRefusal noProtocol() {
        return new InterviewRefusal(Kind.NOT_FOUND, "commission.error.no-protocol");
    }

    static InterviewRefusal concluded() {
        return new InterviewRefusal(Kind.WRONG_STATE, "commission.error.concluded");
    }

    static InterviewRefusal notPlanned() {
        return new InterviewRefusal(Kind.WRONG_STATE, "commission.error.not-planned");
    }

    static InterviewRefusal protocolOutdated() {
        return new InterviewRefusal(Kind.WRONG_STATE, "commission.error.protocol-outdated");
    }

    static InterviewRefusal commissionOnly() {
        return new InterviewRefusal(Kind.NOT_ALLOWED, "commission.error.commission-only");
    }
}
