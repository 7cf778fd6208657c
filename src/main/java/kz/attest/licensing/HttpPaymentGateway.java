package kz.attest.licensing;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Optional;

/**
 * The payment gateway over HTTP: {@code POST {url}/payments} with {@code {payerIin, service, amount}} creates a
 * payment; {@code GET {url}/payments/{reference}} answers {@code {reference, status, payerIin, service, amount}}
 * (amount in tiyn, status PAID / UNPAID / PENDING); 404 — no such payment. Any other failure, a timeout or an unreadable
 * answer is "unavailable", never "paid".
 */
class HttpPaymentGateway implements PaymentGateway {

    private final RestClient client;

    HttpPaymentGateway(String baseUrl, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(timeout);
        this.client = RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
    }

    record NewPayment(String payerIin, String service, long amount) {
    }

    record Answer(String reference, String status, String payerIin, String service, Long amount) {

        Payment toPayment() {
            if (reference == null || status == null || payerIin == null || service == null || amount == null) {
                throw new PaymentGatewayUnavailableException("the gateway answered an incomplete payment", null);
            }
            try {
                return new Payment(reference, Payment.Status.valueOf(status), payerIin, service, amount);
            } catch (IllegalArgumentException e) {
                throw new PaymentGatewayUnavailableException("the gateway answered an unknown status " + status, e);
            }
        }
    }

    @Override
    public Payment create(String payerIin, String service, long amountTiyn) {
        try {
            Answer answer = client.post().uri("/payments").contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON).body(new NewPayment(payerIin, service, amountTiyn))
                    .retrieve().body(Answer.class);
            if (answer == null) {
                throw new PaymentGatewayUnavailableException("the gateway answered nothing", null);
            }
            return answer.toPayment();
        } catch (RestClientException e) {
            throw new PaymentGatewayUnavailableException(e.getMessage(), e);
        }
    }

    @Override
    public Optional<Payment> status(String reference) {
        try {
            Answer answer = client.get().uri("/payments/{reference}", reference).accept(MediaType.APPLICATION_JSON)
                    .retrieve().body(Answer.class);
            if (answer == null) {
                throw new PaymentGatewayUnavailableException("the gateway answered nothing", null);
            }
            Payment payment = answer.toPayment();
            if (!payment.reference().equals(reference)) {
                throw new PaymentGatewayUnavailableException("the gateway answered for another payment", null);
            }
            return Optional.of(payment);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw new PaymentGatewayUnavailableException(e.getMessage(), e);
        } catch (RestClientException e) {
            throw new PaymentGatewayUnavailableException(e.getMessage(), e);
        }
    }
}
