package kz.attest.notification;

/** A transport could not hand a notice over; the dispatcher records the reason and retries later. */
class DeliveryFailedException extends RuntimeException {

    DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
