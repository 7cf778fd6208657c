package kz.attest.decision;

import kz.attest.web.Refusal;

/**
 * The decision module's named refusal (issue 15, point 4): what kind of refusal it is and the key of the message in the
 * decision bundle that explains it; the web layer alone chooses the status.
 */
final class DecisionRefusal extends Refusal {

    private DecisionRefusal(Kind kind, String key, Object... arguments) {
        super(kind, key, arguments);
    }

    /** The caller's input is wrong: nothing is stored. */
    static DecisionRefusal badInput(String key, Object... arguments) {
        return new DecisionRefusal(Kind.BAD_INPUT, key, arguments);
    }

    /** The caller may not do this. */
    static DecisionRefusal notAllowed(String key, Object... arguments) {
        return new DecisionRefusal(Kind.NOT_ALLOWED, key, arguments);
    }

    /** No such object (or not the caller's to know about). */
    static DecisionRefusal notFound(String key, Object... arguments) {
        return new DecisionRefusal(Kind.NOT_FOUND, key, arguments);
    }

    /** The object is not in a state for this. */
    static DecisionRefusal wrongState(String key, Object... arguments) {
        return new DecisionRefusal(Kind.WRONG_STATE, key, arguments);
    }

    /** The caller asked too often (the verification rate limit). */
    static DecisionRefusal tooMany(String key, Object... arguments) {
        return new DecisionRefusal(Kind.TOO_MANY, key, arguments);
    }
}
