package kz.attest.web;

/**
 * A module's named refusal, free of HTTP (issue 15, point 4): what kind of refusal it is, a message key in the
 * module's bundle and the key's arguments. A module subclasses it with its own reasons (e.g.
 * {@code delivery.DeliveryRefusal} with an enum of reasons) and throws it from its aggregates and services; only the
 * web layer turns the kind into a status — {@link ApiExceptionHandler} into a problem detail, the page handler into
 * the error page, both through {@link RefusalStatuses} — so the domain never names an HTTP status.
 */
public abstract class Refusal extends RuntimeException {

    /** The kinds of refusal the web layer maps to statuses: 400, 401, 403, 404, 409, 429, 413, 415 and 503 (see {@link RefusalStatuses}). */
    public enum Kind {
        /** The caller's input is wrong: nothing was stored. */
        BAD_INPUT,
        /** Nobody is signed in (or no workstation is started) for a request that needs it. */
        NOT_SIGNED_IN,
        /** The caller may not do this (a foreign object, a closed door, a failed policy). */
        NOT_ALLOWED,
        /** The object does not exist (or is not the caller's to know about). */
        NOT_FOUND,
        /** The object is not in a state for this (closed, paused, already done). */
        WRONG_STATE,
        /** The caller asked too often (a rate limit): try again later. */
        TOO_MANY,
        /** The file is larger than the field accepts (the limit is in the message). */
        TOO_LARGE,
        /** The file's content is not of a type the field accepts. */
        UNSUPPORTED_TYPE,
        /** A service the answer depends on (a verifier, the digital documents service) does not answer now. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    protected Refusal(Kind kind, String messageKey, Object... arguments) {
        super(messageKey, null, false, false); // an expected answer, not a fault: no stack trace to fill
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
