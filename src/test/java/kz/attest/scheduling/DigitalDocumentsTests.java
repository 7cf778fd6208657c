package kz.attest.scheduling;

import com.sun.net.httpserver.HttpServer;
import kz.attest.web.Refusal;
import kz.attest.web.RefusalStatuses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The digital ID shown at check-in is confirmed by the digital documents service (seed 000 ¶15, ¶42, ¶67). */
class DigitalDocumentsTests {

    HttpServer server;
    String url;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/dd/documents/identity/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            String number = path.substring(path.lastIndexOf('/') + 1);
            int status;
            String body;
            if (number.equals("500000000")) {
                status = 500;
                body = "oops";
            } else if (number.equals("123456789") && query.equals("iin=900315300123")) {
                status = 200;
                body = "{\"valid\": true}";
            } else if (number.equals("123456780")) {
                status = 200;
                body = "{\"valid\": false}";
            } else {
                status = 404;
                body = "<html>not found</html>";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "text/html");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort() + "/dd";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theServiceConfirmsOnlyAValidDocumentOfThatPerson_000_15() {
        HttpDigitalDocuments service = new HttpDigitalDocuments(url, Duration.ofSeconds(2));
        assertThat(service.confirms("900315300123", "123456789")).isTrue();
        assertThat(service.confirms("900315300124", "123456789")).isFalse();
        assertThat(service.confirms("900315300123", "123456780")).isFalse();
        assertThatThrownBy(() -> service.confirms("900315300123", "500000000"))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(RefusalStatuses.of(e).value()).isEqualTo(503));
    }

    @Test
    void theDemonstrationAdapterKnowsTheLastNineDigitsOfTheIin_000_42() {
        DemoDigitalDocuments demo = new DemoDigitalDocuments();
        assertThat(demo.confirms("900315300123", "315300123")).isTrue();
        assertThat(demo.confirms("900315300123", "315300124")).isFalse();
        assertThat(new SchedulingConfiguration().digitalDocuments(new SchedulingProperties("", Duration.ofSeconds(1), null)))
                .isInstanceOf(DemoDigitalDocuments.class);
        assertThat(new SchedulingConfiguration().digitalDocuments(new SchedulingProperties(url, Duration.ofSeconds(1), null)))
                .isInstanceOf(HttpDigitalDocuments.class);
    }
}
