package kz.attest.licensing;

import kz.attest.web.Refusal;

/**
 * The licensing module's named refusal (issue 15, point 4): what kind of refusal it is and the key of the message in the
 * licensing bundle that explains it; the web layer alone chooses the status.
 */
final class LicensingRefusal extends Refusal {

    private LicensingRefusal(Kind kind, String key, Object... arguments) {
        super(kind, key, arguments);
    }

    /** The caller's input is wrong: nothing is stored. */
    static LicensingRefusal badInput(String key, Object... arguments) {
        return new LicensingRefusal(Kind.BAD_INPUT, key, arguments);
    }

    /** The caller may not do this. */
    static LicensingRefusal notAllowed(String key, Object... arguments) {
        return new LicensingRefusal(Kind.NOT_ALLOWED, key, arguments);
    }

    /** No such object (or not the caller's to know about). */
    static LicensingRefusal notFound(String key, Object... arguments) {
        return new LicensingRefusal(Kind.NOT_FOUND, key, arguments);
    }

    /** The object is not in a state for this. */
    static LicensingRefusal wrongState(String key, Object... arguments) {
        return new LicensingRefusal(Kind.WRONG_STATE, key, arguments);
    }
}
