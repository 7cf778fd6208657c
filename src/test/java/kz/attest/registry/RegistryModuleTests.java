package kz.attest.registry;

import com.sun.net.httpserver.HttpServer;
import kz.attest.testing.StubHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The registry module booted alone with {@code attest.registries.mode=http} against a local stub of both registries:
 * the wired ports ask the configured addresses for a person and their special records, and a registry answering
 * with an error is "unavailable", never a person or a clean record (seed 000 ¶5).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.STANDALONE)
class RegistryModuleTests {

    private static HttpServer registries;

    @Autowired
    private PersonRegistry persons;
    @Autowired
    private SpecialRecords records;

    @DynamicPropertySource
    static void httpRegistries(DynamicPropertyRegistry properties) throws IOException {
        registries = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        registries.createContext("/persons/900315300123",
                exchange -> StubHttp.answer(exchange, 200, RegistryAdaptersTests.PERSON));
        registries.createContext("/records/900315300123", exchange -> StubHttp.answer(exchange, 200, """
                {"records":[{"kind":"CONVICTION","description":"Art. 190 of the Criminal Code","date":"2021-06-01"}]}"""));
        registries.createContext("/persons/900315300500", exchange -> StubHttp.answer(exchange, 503, "down"));
        registries.start();
        String url = "http://127.0.0.1:" + registries.getAddress().getPort();
        properties.add("attest.registries.mode", () -> "http");
        properties.add("attest.registries.person-url", () -> url);
        properties.add("attest.registries.special-records-url", () -> url);
    }

    @AfterAll
    static void stop() {
        registries.stop(0);
    }

    @Test
    void theConfiguredRegistriesAnswerThePersonAndTheirRecords_000_5() {
        assertThat(persons.find("900315300123")).hasValueSatisfying(person -> {
            assertThat(person.fullName()).isEqualTo("СЕРИКОВ АСАН БОЛАТҰЛЫ");
            assertThat(person.birthDate()).isEqualTo(LocalDate.of(1990, 3, 15));
        });
        assertThat(records.recordsOf("900315300123")).containsExactly(
                new SpecialRecord("CONVICTION", "Art. 190 of the Criminal Code", LocalDate.of(2021, 6, 1)));
        assertThatThrownBy(() -> persons.find("900315300500"))
                .isInstanceOfSatisfying(RegistryUnavailableException.class,
                        down -> assertThat(down.registry()).isEqualTo("PERSON_REGISTRY"));
    }
}
