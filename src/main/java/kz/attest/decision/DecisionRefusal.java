package kz.attest.decision;

import kz.attest.web.Refusal;

/**
 * The decision module's named refusal (issue 15, point 4): its kind and the key of the message in the decision
 * bundle that explains it; the web layer alone chooses the status.
 */
final class DecisionRefusal extends Refusal {

    DecisionRefusal(Kind kind, String key, Object... arguments) {
        super(kind, key, arguments);
    }
}
