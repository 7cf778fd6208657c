package kz.attest.licensing;

/**
 * Port to the state payment gateway (ПШЭП): the portal creates a payment of a fee and asks for its status. The portal
 * trusts only what the gateway reports — status, payer, service and amount — never what the applicant says.
 */
interface PaymentGateway {

    /**
     * Creates a payment of {@code amountTiyn} by the payer for the service.
     *
     * @throws PaymentGatewayUnavailableException when the gateway does not answer in time or answers with an error
     */
    Payment create(String payerIin, String service, long amountTiyn);

    /**
     * The payment's status as the gateway reports it now; empty when the gateway knows no such payment.
     *
     * @throws PaymentGatewayUnavailableException when the gateway does not answer in time or answers with an error
     */
    java.util.Optional<Payment> status(String reference);
}
