package kz.attest.licensing;

/**
 * A payment as the gateway reports it.
 *
 * @param reference  the gateway's payment reference
 * @param status     paid, unpaid or pending
 * @param payerIin   who paid (or must pay)
 * @param service    the service code the payment is for
 * @param amountTiyn the amount in tiyn (1/100 tenge)
 */
record Payment(String reference, Status status, String payerIin, String service, long amountTiyn) {

    /** The gateway's status of a payment. */
    public enum Status { PAID, UNPAID, PENDING }
}
