package kz.attest.web;

import org.springframework.http.HttpStatus;

/**
 * The status a page controller answers with when it shows a module's refusal on its own form (issue 14) rather than
 * on the error page: the same mapping as the API's ({@link ApiExceptionHandler#statusOf}).
 */
public final class RefusalStatus {

    private RefusalStatus() {
    }

    public static HttpStatus of(Refusal refusal) {
        return ApiExceptionHandler.statusOf(refusal.kind());
    }
}
