package kz.attest.scheduling;

import com.jayway.jsonpath.JsonPath;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.identity.Accounts;
import kz.attest.identity.ApplicantRegistration;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admitted candidates, halls and sessions for the scheduling tests, which share one database with every other test:
 * fresh IINs, fresh hall names, explicit application ids.
 */
final class SchedulingFixtures {

    static final String PASSWORD = "qazaqstan2026";

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final org.springframework.security.core.userdetails.UserDetailsService users;

    SchedulingFixtures(MockMvc mvc, JdbcClient jdbc, Accounts accounts,
                       org.springframework.security.core.userdetails.UserDetailsService users) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.users = users;
    }

    static LocalDate today() {
        return LocalDate.now(WorkingCalendar.ZONE);
    }

    org.springframework.test.web.servlet.request.RequestPostProcessor as(String login) {
        return user(users.loadUserByUsername(login));
    }

    /**
     * An applicant admitted to testing for the service: an account, and an application in the state the applications
     * module leaves it after ¶8 (written directly, as the admission flow is that module's own test).
     */
    Admitted admitted(String service, String provider) {
        String iin = freshIin();
        long accountId = accounts.register(new ApplicantRegistration(iin, "Тестов", "Асан", "Болатұлы",
                iin + "@example.kz", "+7701" + iin.substring(5), PASSWORD, PASSWORD, "ru"));
        UUID draft = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                        INSERT INTO application_draft (id, account_id, applicant_iin, service_code, provider_id, created_at,
                            updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(draft, accountId, iin, service, provider, now, now).update();
        String number = "SCHED-" + iin;
        long applicationId = jdbc.sql("""
                        INSERT INTO application_application (draft_id, registration_number, account_id, applicant_iin,
                            service_code, provider_id, status, received_at, registered_at, signed_content, signature)
                        VALUES (?, ?, ?, ?, ?, ?, 'ADMITTED', ?, ?, ?, ?) RETURNING id""")
                .params(draft, number, accountId, iin, service, provider, now, now, new byte[]{1}, new byte[]{1})
                .query(Long.class).single();
        jdbc.sql("INSERT INTO application_step (application_id, seq, status, actor, at) VALUES (?, 1, 'ADMITTED', 'officer', ?)")
                .params(applicationId, now).update();
        return new Admitted(applicationId, accountId, iin, number);
    }

    /** A hall at the centre with the given seats, open policy; answers its JSON. */
    String hall(String centre, int seats) throws Exception {
        return mvc.perform(post("/api/v1/operator/halls").with(as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"centreId": "%s", "name": "Test hall %s", "address": "Almaty, Abay 10",
                                 "capacity": %d}""".formatted(centre, UUID.randomUUID(), seats)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    ResultActions plan(String hallId, String service, LocalDate date, String startsAt) throws Exception {
        return mvc.perform(post("/api/v1/operator/sessions").with(as("operator-admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"hallId": "%s", "service": "%s", "date": "%s"%s}""".formatted(hallId, service, date,
                        startsAt == null ? "" : ", \"startsAt\": \"" + startsAt + "\"")));
    }

    String session(String hallId, String service, LocalDate date, String startsAt) throws Exception {
        String body = plan(hallId, service, date, startsAt).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    ResultActions assign(String sessionId, List<Long> applicationIds) throws Exception {
        return mvc.perform(post("/api/v1/operator/sessions/" + sessionId + "/assignments").with(as("operator-admin"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"applicationIds\": [" + applicationIds.stream().map(String::valueOf)
                        .collect(Collectors.joining(",")) + "]}"));
    }

    /** The sitting ids of the assigned candidates, in the order of the ids given. */
    List<String> assigned(String sessionId, List<Long> applicationIds) throws Exception {
        String body = assign(sessionId, applicationIds).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return applicationIds.stream().map(id -> JsonPath.<List<String>>read(body,
                "$[?(@.applicationId == " + id + ")].id").getFirst()).toList();
    }

    ResultActions open(String sessionId) throws Exception {
        return mvc.perform(post("/api/v1/check-in/sessions/" + sessionId + "/open").with(as("proctor")).with(csrf()));
    }

    ResultActions checkIn(String sessionId, String sittingId, String type, String number, String seatId)
            throws Exception {
        return mvc.perform(post("/api/v1/check-in/sessions/" + sessionId + "/sittings/" + sittingId + "/check-in")
                .with(as("proctor")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"documentType": "%s", "documentNumber": "%s"%s}""".formatted(type, number,
                        seatId == null ? "" : ", \"seatId\": \"" + seatId + "\"")));
    }

    static String seatId(String hallJson, String label) {
        return JsonPath.<List<String>>read(hallJson, "$.seats[?(@.label == '" + label + "')].id").getFirst();
    }

    static String freshIin() {
        return kz.attest.identity.TestIins.fresh();
    }

    record Admitted(long applicationId, long accountId, String iin, String registrationNumber) {
    }
}
