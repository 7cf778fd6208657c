package kz.attest.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user must understand: it carries a message key (shown in the user's language), its arguments and the
 * HTTP status the API answers with. Modules subclass it for their named refusals.
 */
public class LocalizedException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] arguments;

    public LocalizedException(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static LocalizedException notFound(String messageKey, Object... arguments) {
        return new LocalizedException(HttpStatus.NOT_FOUND, messageKey, arguments);
    }

    public static LocalizedException badRequest(String messageKey, Object... arguments) {
        return new LocalizedException(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    public static LocalizedException conflict(String messageKey, Object... arguments) {
        return new LocalizedException(HttpStatus.CONFLICT, messageKey, arguments);
    }

    public static LocalizedException forbidden(String messageKey, Object... arguments) {
        return new LocalizedException(HttpStatus.FORBIDDEN, messageKey, arguments);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
