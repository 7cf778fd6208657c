package kz.attest.web;

import org.springframework.http.HttpStatus;

/**
 * The old refusal that names its HTTP status, on its way out (issue 15, point 4): modules throw their named
 * {@link Refusal}s instead. It is a {@link Refusal} meanwhile, so a catch of {@code Refusal} sees both while the
 * modules move; the two handlers that keep its own status go when it is deleted.
 */
public class LocalizedException extends Refusal {

    private final HttpStatus status;

    public LocalizedException(HttpStatus status, String messageKey, Object... arguments) {
        super(kindOf(status), messageKey, arguments);
        this.status = status;
    }

    private static Kind kindOf(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> Kind.NOT_SIGNED_IN;
            case FORBIDDEN -> Kind.NOT_ALLOWED;
            case NOT_FOUND -> Kind.NOT_FOUND;
            case CONFLICT -> Kind.WRONG_STATE;
            case TOO_MANY_REQUESTS -> Kind.TOO_MANY;
            default -> Kind.BAD_INPUT;
        };
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
}
