package kz.attest.licensing;

/** The payment gateway did not answer (down, timed out, unreadable answer): the payment is unknown, never paid. */
class PaymentGatewayUnavailableException extends RuntimeException {

    public PaymentGatewayUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
