package kz.attest.commission;

import kz.attest.web.LocalizedException;
import org.springframework.http.HttpStatus;

/** Why the commission refuses a step of an interview, with a message key of {@code i18n/commission}. */
class InterviewRefusal extends LocalizedException {

    private InterviewRefusal(HttpStatus status, String messageKey, Object... arguments) {
        super(status, messageKey, arguments);
    }

    static InterviewRefusal invalid(String messageKey, Object... arguments) {
        return new InterviewRefusal(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    static InterviewRefusal notAllowed(String messageKey, Object... arguments) {
        return new InterviewRefusal(HttpStatus.FORBIDDEN, messageKey, arguments);
    }

    static InterviewRefusal wrongState(String messageKey, Object... arguments) {
        return new InterviewRefusal(HttpStatus.CONFLICT, messageKey, arguments);
    }

    static InterviewRefusal notFound() {
        return new InterviewRefusal(HttpStatus.NOT_FOUND, "commission.error.not-found");
    }

    static InterviewRefusal noProtocol() {
        return new InterviewRefusal(HttpStatus.NOT_FOUND, "commission.error.no-protocol");
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
