package kz.attest.licensing;

import kz.attest.testing.StubHttp;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The payment gateway port (seed 003 appendix 1, diagram 1: the portal checks the payment through ПШЭП): the HTTP
 * adapter against a local stub server, and the demonstration adapter's rule.
 */
class PaymentGatewayTests {

    HttpServer server;
    String url;
    final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/payments/P-1", exchange -> StubHttp.answer(exchange, 200, """
                {"reference":"P-1","status":"PAID","payerIin":"900315300123","service":"BAILIFF_LICENSE","amount":4325000}"""));
        server.createContext("/payments/P-2", exchange -> StubHttp.answer(exchange, 200, """
                {"reference":"P-2","status":"PENDING","payerIin":"900315300123","service":"BAILIFF_LICENSE","amount":4325000}"""));
        server.createContext("/payments/P-404", exchange -> StubHttp.answer(exchange, 404, "{}"));
        server.createContext("/payments/P-500", exchange -> StubHttp.answer(exchange, 500, "{\"error\":\"boom\"}"));
        server.createContext("/payments/P-BAD", exchange -> StubHttp.answer(exchange, 200, """
                {"reference":"P-BAD","status":"MAYBE","payerIin":"900315300123","service":"BAILIFF_LICENSE","amount":1}"""));
        server.createContext("/payments/P-SLOW", exchange -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            StubHttp.answer(exchange, 200, "{}");
        });
        server.createContext("/payments", exchange -> StubHttp.answer(exchange, 201, """
                {"reference":"P-NEW","status":"PENDING","payerIin":"900315300123","service":"BAILIFF_LICENSE","amount":4325000}"""));
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    HttpPaymentGateway gateway(Duration timeout) {
        return new HttpPaymentGateway(url, timeout);
    }

    @Test
    void theGatewayReportsStatusPayerServiceAndAmount_003_1() {
        assertThat(gateway(Duration.ofSeconds(5)).status("P-1")).contains(
                new Payment("P-1", Payment.Status.PAID, "900315300123", "BAILIFF_LICENSE", 4_325_000));
        assertThat(gateway(Duration.ofSeconds(5)).status("P-2").orElseThrow().status()).isEqualTo(Payment.Status.PENDING);
        assertThat(gateway(Duration.ofSeconds(5)).status("P-404")).isEmpty();
        assertThat(gateway(Duration.ofSeconds(5)).create("900315300123", "BAILIFF_LICENSE", 4_325_000).reference())
                .isEqualTo("P-NEW");
    }

    @Test
    void aGatewayThatTimesOutOrFailsIsUnavailableNeverPaid_003_1() {
        assertThatThrownBy(() -> gateway(Duration.ofMillis(300)).status("P-SLOW"))
                .isInstanceOf(PaymentGatewayUnavailableException.class);
        assertThatThrownBy(() -> gateway(Duration.ofSeconds(5)).status("P-500"))
                .isInstanceOf(PaymentGatewayUnavailableException.class);
        assertThatThrownBy(() -> gateway(Duration.ofSeconds(5)).status("P-BAD"))
                .isInstanceOf(PaymentGatewayUnavailableException.class);
        assertThatThrownBy(() -> new HttpPaymentGateway("http://127.0.0.1:1", Duration.ofMillis(300)).status("P-1"))
                .isInstanceOf(PaymentGatewayUnavailableException.class);
    }

    @Test
    void theDemonstrationOutcomeIsTheAmountsLastDigit() {
        assertThat(DemoPaymentGateway.outcome(4_325_000, 1)).isEqualTo(Payment.Status.PAID);
        assertThat(DemoPaymentGateway.outcome(4_325_006, 1)).isEqualTo(Payment.Status.PAID);
        assertThat(DemoPaymentGateway.outcome(4_325_007, 1)).isEqualTo(Payment.Status.PENDING);
        assertThat(DemoPaymentGateway.outcome(4_325_007, 2)).isEqualTo(Payment.Status.PAID);
        assertThat(DemoPaymentGateway.outcome(4_325_008, 5)).isEqualTo(Payment.Status.PENDING);
        assertThat(DemoPaymentGateway.outcome(4_325_009, 1)).isEqualTo(Payment.Status.UNPAID);
    }
}
