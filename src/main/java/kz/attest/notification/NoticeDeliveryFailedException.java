package kz.attest.notification;

/** A transport could not hand a notice over; the dispatcher records the reason and retries later. */
class NoticeDeliveryFailedException extends RuntimeException {

    NoticeDeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
