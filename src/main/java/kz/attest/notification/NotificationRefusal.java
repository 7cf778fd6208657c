package kz.attest.notification;

import kz.attest.web.Refusal;

/**
 * A notice or delivery-table request the notification module refuses: its kind, message key and arguments; the web
 * layer chooses the status (issue 15, point 4).
 */
final class NotificationRefusal extends Refusal {

    NotificationRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
