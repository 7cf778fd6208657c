package kz.attest.registry;

import kz.attest.testing.StubHttp;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry ports used for the qualification-requirements check (seed 000 ¶5, ¶80): the HTTP adapters against a
 * local stub server, and the deterministic demonstration adapter.
 */
class RegistryAdaptersTests {

    static final String PERSON = """
            {"iin":"900315300123","surname":"СЕРИКОВ","givenName":"АСАН","patronymic":"БОЛАТҰЛЫ",
             "birthDate":"1990-03-15","alive":true}""";

    HttpServer server;
    String url;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/persons/900315300123", exchange -> StubHttp.answer(exchange, 200, PERSON));
        server.createContext("/persons/900315300999", exchange -> StubHttp.answer(exchange, 404, "{}"));
        server.createContext("/persons/900315300500", exchange -> StubHttp.answer(exchange, 500, "{\"error\":\"boom\"}"));
        server.createContext("/persons/900315300777", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            StubHttp.answer(exchange, 200, PERSON);
        });
        server.createContext("/records/900315300123", exchange -> StubHttp.answer(exchange, 200, "{\"records\":[]}"));
        server.createContext("/records/900315300555", exchange -> StubHttp.answer(exchange, 200, """
                {"records":[{"kind":"CONVICTION","description":"Art. 190 of the Criminal Code","date":"2021-06-01"}]}"""));
        server.createContext("/records/900315300500", exchange -> StubHttp.answer(exchange, 503, "down"));
        server.createContext("/records/900315300400", exchange -> StubHttp.answer(exchange, 200, "not json"));
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    PersonRegistry persons(Duration timeout) {
        return new HttpRegistries.Persons(HttpRegistries.client(url, timeout));
    }

    SpecialRecords records() {
        return new HttpRegistries.Records(HttpRegistries.client(url, Duration.ofSeconds(5)));
    }

    @Test
    void thePersonRegistryAnswersAPersonOrNoOne_000_5() {
        assertThat(persons(Duration.ofSeconds(5)).find("900315300123")).hasValueSatisfying(p -> {
            assertThat(p.fullName()).isEqualTo("СЕРИКОВ АСАН БОЛАТҰЛЫ");
            assertThat(p.birthDate()).isEqualTo(LocalDate.of(1990, 3, 15));
            assertThat(p.alive()).isTrue();
        });
        assertThat(persons(Duration.ofSeconds(5)).find("900315300999")).isEmpty();
    }

    @Test
    void aPersonRegistryErrorOrTimeoutIsUnavailable_000_5() {
        assertThatThrownBy(() -> persons(Duration.ofSeconds(5)).find("900315300500"))
                .isInstanceOf(RegistryUnavailableException.class)
                .satisfies(e -> assertThat(((RegistryUnavailableException) e).registry()).isEqualTo("PERSON_REGISTRY"));
        assertThatThrownBy(() -> persons(Duration.ofMillis(300)).find("900315300777"))
                .isInstanceOf(RegistryUnavailableException.class);
    }

    @Test
    void aRegistryThatIsNotListeningIsUnavailable_000_5() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        PersonRegistry nowhere = new HttpRegistries.Persons(
                HttpRegistries.client("http://127.0.0.1:" + closedPort, Duration.ofSeconds(2)));
        assertThatThrownBy(() -> nowhere.find("900315300123")).isInstanceOf(RegistryUnavailableException.class);
    }

    @Test
    void theSpecialRecordsAnswerTheRecordsOfAnIin_000_5() {
        assertThat(records().recordsOf("900315300123")).isEmpty();
        assertThat(records().recordsOf("900315300555")).containsExactly(
                new SpecialRecord("CONVICTION", "Art. 190 of the Criminal Code", LocalDate.of(2021, 6, 1)));
        assertThatThrownBy(() -> records().recordsOf("900315300500")).isInstanceOf(RegistryUnavailableException.class)
                .satisfies(e -> assertThat(((RegistryUnavailableException) e).registry()).isEqualTo("SPECIAL_RECORDS"));
        assertThatThrownBy(() -> records().recordsOf("900315300400")).isInstanceOf(RegistryUnavailableException.class);
    }

    @Test
    void theDemonstrationRegistriesAreDecidedByTheIinsDigits_000_5() {
        DemoRegistries demo = new DemoRegistries();
        assertThat(demo.find("900315310123")).hasValueSatisfying(p -> {
            assertThat(p.alive()).isTrue();
            assertThat(p.birthDate()).isEqualTo(LocalDate.of(1990, 3, 15));
        });
        assertThat(demo.find("900315399123")).isEmpty();
        assertThat(demo.find("900315398123")).hasValueSatisfying(p -> assertThat(p.alive()).isFalse());
        assertThat(demo.recordsOf("900315310123")).isEmpty();
        assertThat(demo.recordsOf("900315397123")).extracting(SpecialRecord::kind).containsExactly("CONVICTION");
        assertThatThrownBy(() -> demo.find("900315396123")).isInstanceOf(RegistryUnavailableException.class);
        assertThatThrownBy(() -> demo.recordsOf("900315396123")).isInstanceOf(RegistryUnavailableException.class);
    }
}
