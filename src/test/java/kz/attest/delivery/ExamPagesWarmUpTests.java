package kz.attest.delivery;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node warms its question page once it has started (issue 12, the start burst): it asks itself over loopback
 * for the page the Start answers with, rendered from a made-up attempt, and writes nothing — no sitting, no attempt,
 * no audit entry, no session left behind. The page exists for no one else: without the JVM's secret, or once the
 * warm-up is over, it is not found. (The suite's contexts start with the warm-up off,
 * {@code attest.delivery.warm-up.pages=0}; this test runs it on the real server of {@link ExamTokenTests}' context.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // sessions in PostgreSQL as in production, the context of ExamTokenTests
        properties = "spring.autoconfigure.exclude=")
class ExamPagesWarmUpTests {

    @LocalServerPort
    int port;
    @Autowired
    ExamPagesWarmUp warmUp;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theNodeAsksItselfForTheStartsPageAndWritesNothing() {
        long sittings = count("SELECT count(*) FROM delivery_sitting");
        long attempts = count("SELECT count(*) FROM delivery_attempt");
        // sessions are counted from the warm-up's start: an older one may expire and be deleted meanwhile
        long since = System.currentTimeMillis();
        long audit = count("SELECT COALESCE(max(seq), 0) FROM audit_entry");

        assertThat(warmUp.warm("http://127.0.0.1:" + port, 12, Duration.ofSeconds(120))).isEqualTo(12);

        assertThat(count("SELECT count(*) FROM delivery_sitting")).isEqualTo(sittings);
        assertThat(count("SELECT count(*) FROM delivery_attempt")).isEqualTo(attempts);
        assertThat(count("SELECT count(*) FROM spring_session WHERE creation_time >= " + since))
                .as("the warm-up's session is invalidated").isZero();
        assertThat(count("SELECT count(*) FROM audit_entry WHERE seq > " + audit + " AND action LIKE 'delivery.%'"))
                .isZero();
    }

    @Test
    void thePageIsNotFoundWithoutTheSecretOrOutsideTheWarmUp() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String secret : new String[]{null, "guess", "0".repeat(32)}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + ExamPagesWarmUp.PATH + "?position=1")).GET();
            if (secret != null) {
                request.header(ExamPagesWarmUp.SECRET_HEADER, secret);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("secret %s", secret).isEqualTo(404);
            assertThat(response.body()).doesNotContain("exam-form", "data-exam-token");
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
