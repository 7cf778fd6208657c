package kz.attest.application;

import kz.attest.web.Refusal;

/**
 * A request the application module refuses (issue 15, point 4): the kind of refusal, a message key of the
 * module's bundle and its arguments. The web layer alone turns the kind into a status
 * ({@code web.ApiExceptionHandler.statusOf}).
 */
final class ApplicationRefusal extends Refusal {

    ApplicationRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
