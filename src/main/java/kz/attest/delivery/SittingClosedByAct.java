package kz.attest.delivery;

import kz.attest.web.Refusal;

/**
 * A workstation's request after a proctor's act closed the sitting (removal for a violation, ¶18; suspension, ¶20):
 * refused like any dead workstation, but the page says what happened (issue 14).
 */
final class SittingClosedByAct extends Refusal {

    private final String state;
    private final String service;

    SittingClosedByAct(String state, String service) {
        super(Kind.NOT_ALLOWED, "portal.exam.closed." + state);
        this.state = state;
        this.service = service;
    }

    String state() {
        return state;
    }

    String service() {
        return service;
    }
}
