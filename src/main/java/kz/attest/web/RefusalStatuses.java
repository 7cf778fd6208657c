package kz.attest.web;

import org.springframework.http.HttpStatus;

/**
 * The one place a kind of {@link Refusal} becomes an HTTP status: the API's problem details, the error page and a
 * page that shows a refusal inline (the verification page) all answer with it.
 */
public final class RefusalStatuses {

    private RefusalStatuses() {
    }

    public static HttpStatus of(Refusal refusal) {
        return of(refusal.kind());
    }

    static HttpStatus of(Refusal.Kind kind) {
        return switch (kind) {
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_SIGNED_IN -> HttpStatus.UNAUTHORIZED;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case WRONG_STATE -> HttpStatus.CONFLICT;
            case TOO_MANY -> HttpStatus.TOO_MANY_REQUESTS;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
