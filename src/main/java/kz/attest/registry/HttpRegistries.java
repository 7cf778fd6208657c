package kz.attest.registry;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * HTTP adapters of both registries (through the platform's integration gateway): {@code GET {personUrl}/persons/{iin}}
 * answers {@code {"iin","surname","givenName","patronymic","birthDate","alive"}} or 404 for an unknown person;
 * {@code GET {specialRecordsUrl}/records/{iin}} answers {@code {"records":[{"kind","description","date"}]}}. A refused
 * connection, a timeout, any other status or an unreadable body is {@link RegistryUnavailableException}.
 */
final class HttpRegistries {

    private HttpRegistries() {
    }

    static RestClient client(String baseUrl, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(timeout);
        return RestClient.builder().baseUrl(baseUrl).requestFactory(factory).build();
    }

    /** The state database of individuals over HTTP. */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static final class Persons implements PersonRegistry {

        private final RestClient client;

        @Override
        public Optional<PersonRecord> find(String iin) {
            try {
                PersonRecord person = client.get().uri("/persons/{iin}", iin).accept(MediaType.APPLICATION_JSON)
                        .retrieve().body(PersonRecord.class);
                if (person == null || person.iin() == null || !person.iin().equals(iin)) {
                    throw new RegistryUnavailableException("PERSON_REGISTRY", "answered for another person", null);
                }
                return Optional.of(person);
            } catch (HttpClientErrorException e) {
                if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                    return Optional.empty();
                }
                throw new RegistryUnavailableException("PERSON_REGISTRY", e.getMessage(), e);
            } catch (RestClientException e) {
                throw new RegistryUnavailableException("PERSON_REGISTRY", e.getMessage(), e);
            }
        }
    }

    /** The special records over HTTP. */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static final class Records implements SpecialRecords {

        private final RestClient client;

        record Answer(List<Entry> records) {
        }

        record Entry(String kind, String description, LocalDate date) {
        }

        @Override
        public List<SpecialRecord> recordsOf(String iin) {
            try {
                Answer answer = client.get().uri("/records/{iin}", iin).accept(MediaType.APPLICATION_JSON)
                        .retrieve().body(Answer.class);
                if (answer == null || answer.records() == null) {
                    throw new RegistryUnavailableException("SPECIAL_RECORDS", "answered without a list of records", null);
                }
                return answer.records().stream().map(e -> new SpecialRecord(e.kind(), e.description(), e.date())).toList();
            } catch (RestClientException e) {
                throw new RegistryUnavailableException("SPECIAL_RECORDS", e.getMessage(), e);
            }
        }
    }
}
