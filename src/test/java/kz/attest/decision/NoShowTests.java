package kz.attest.decision;

import com.jayway.jsonpath.JsonPath;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.ServiceCode;
import kz.attest.scheduling.CandidateAbsent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class NoShowTests extends WithDecisionCollaborators {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

    @Autowired
    RetakeChecks retakes;

    private String applicantIin;

    @org.junit.jupiter.api.BeforeEach
    void freshApplicant() {
        applicantIin = DecisionFixtures.freshApplicant(accounts);
    }

    private LocalDate today() {
        return Instant.now().atZone(WorkingCalendar.ZONE).toLocalDate();
    }

    /**
     * An absent sitting in scheduling's table and the event scheduling publishes for it; the decision module keeps the
     * no-show after that commit, and the scenario waits for it.
     */
    private UUID absent(Scenario scenario, String service, String provider, LocalDate testDate, LocalDate until,
                        boolean countsAsFailure) {
        long account = accounts.findByLoginName(applicantIin).orElseThrow().accountId();
        long application = DecisionFixtures.admittedApplication(jdbc, account, service, provider, Instant.now());
        UUID hall = jdbc.sql("SELECT id FROM scheduling_hall ORDER BY created_at LIMIT 1").query(UUID.class).single();
        UUID session = UUID.randomUUID();
        UUID sitting = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO scheduling_session (id, hall_id, service_code, test_date, starts_at, stages, state,
                                                        planned_by, planned_at, closed_at)
                        VALUES (?, ?, ?, ?, ?, '1', 'CLOSED', 'test', now(), now())""")
                .params(session, hall, service, testDate, LocalTime.of(10, 0)).update();
        jdbc.sql("""
                        INSERT INTO scheduling_sitting (id, session_id, application_id, provider_id, account_id, iin,
                                                        full_name, state, assigned_at, absent_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'Тестов Тест', 'ABSENT', now(), now())""")
                .params(sitting, session, application, provider, account, applicantIin).update();
        scenario.publish(new CandidateAbsent(sitting, session, application, account,
                new ServiceCode(service), provider, testDate, Optional.ofNullable(until), countsAsFailure,
                Instant.now(), "proctor"))
                .andWaitForStateChange(() -> jdbc.sql("SELECT count(*) FROM decision_no_show WHERE sitting_id = ?")
                        .param(sitting).query(Long.class).single(), kept -> kept > 0)
                .andVerify(kept -> assertThat(kept).isOne());
        return sitting;
    }

    private ResultActions request(MockHttpSession applicant, UUID sitting, String reason, boolean withDocument)
            throws Exception {
        var builder = multipart("/api/v1/cabinet/no-shows/" + sitting + "/request");
        if (withDocument) {
            builder.file(new MockMultipartFile("file", "certificate.pdf", "application/pdf", PDF));
        }
        return mvc.perform(builder.param("reason", reason).param("explanation", "В больнице")
                .param("lang", "en").session(applicant).with(csrf()));
    }

    @Test
    void validReasonRequestWithinFiveWorkingDaysApprovedReturnsToThePool_000_27(Scenario scenario) throws Exception {
        UUID sitting = absent(scenario, "ADVOCATE_ATTESTATION", "dj-almaty", today(), today().plusDays(7), false);
        MockHttpSession applicant = signIn(applicantIin);
        request(applicant, sitting, "ILLNESS", true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REQUESTED"))
                .andExpect(jsonPath("$.documents.length()").value(1));
        request(applicant, sitting, "ILLNESS", true).andExpect(status().isConflict());
        MockHttpSession officer = signIn("officer");
        String list = mvc.perform(get("/api/v1/office/no-shows").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(sitting.toString());
        mvc.perform(get("/office/no-shows").session(officer)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/office/no-shows/" + sitting + "/approve").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"certificate checked\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        assertThat(jdbc.sql("SELECT excused_at IS NOT NULL FROM scheduling_sitting WHERE id = ?").param(sitting)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = ? AND action = 'decision.no-show-approved'")
                .param(sitting.toString()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/cabinet/no-shows").session(applicant)).andExpect(status().isOk());
    }

    @Test
    void requestAfterTheWindowIsRefused_000_54(Scenario scenario) throws Exception {
        UUID sitting = absent(scenario, "FORENSIC_EXPERT_ATTESTATION", "cfe", today().minusDays(10), today().minusDays(1), false);
        request(signIn(applicantIin), sitting, "ILLNESS", true).andExpect(status().isConflict());
    }

    @Test
    void badRequestsStoreNothing_000_75(Scenario scenario) throws Exception {
        UUID sitting = absent(scenario, "FORENSIC_EXPERT_QUALIFICATION", "cfe", today(), today().plusDays(7), false);
        MockHttpSession applicant = signIn(applicantIin);
        request(applicant, sitting, "HOLIDAY", true).andExpect(status().isBadRequest());
        request(applicant, sitting, "FORCE_MAJEURE", false).andExpect(status().isBadRequest());
        request(applicant, UUID.randomUUID(), "ILLNESS", true).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT status FROM decision_no_show WHERE sitting_id = ?").param(sitting)
                .query(String.class).single()).isEqualTo("ABSENT");
        // another provider's officer may not decide
        request(applicant, sitting, "FORCE_MAJEURE", true).andExpect(status().isOk());
        mvc.perform(post("/api/v1/office/no-shows/" + sitting + "/approve").session(signIn("officer")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
    }

    @Test
    void refusedPatentAttorneyNoShowCountsAsFailedAttestation_000_98(Scenario scenario) throws Exception {
        UUID sitting = absent(scenario, "PATENT_ATTORNEY_ATTESTATION", "ministry", today(), today().plusDays(7), true);
        request(signIn(applicantIin), sitting, "DEATH_OF_RELATIVE", true).andExpect(status().isOk());
        MockHttpSession officer = signIn("ministry-officer");
        mvc.perform(post("/api/v1/office/no-shows/" + sitting + "/refuse").session(officer).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest());
        String body = mvc.perform(post("/api/v1/office/no-shows/" + sitting + "/refuse").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"no documents of the death\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("REFUSED");
        long applicationId = ((Number) JsonPath.read(body, "$.applicationId")).longValue();
        assertThat(jdbc.sql("SELECT status FROM application_application WHERE id = ?").param(applicationId)
                .query(String.class).single()).isEqualTo("REFUSED");   // the service is refused
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'application.refused-after-no-show'"
                + " AND entity_id = ?").param(Long.toString(applicationId)).query(Integer.class).single()).isEqualTo(1);
        long account = accounts.findByLoginName(applicantIin).orElseThrow().accountId();
        var refusal = retakes.refusal(account, new ServiceCode("PATENT_ATTORNEY_ATTESTATION"), today());
        assertThat(refusal).isPresent();
        assertThat(refusal.get().earliest()).isEqualTo(today().plusDays(30));
        assertThat(jdbc.sql("SELECT excused_at IS NULL FROM scheduling_sitting WHERE id = ?").param(sitting)
                .query(Boolean.class).single()).isTrue();
    }
}
