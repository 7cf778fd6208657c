package kz.attest.scheduling;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions planned from the admitted lists (seed 000 ¶9–¶10, ¶84) with seed 001's start, and the candidates told
 * place, date and time (¶38, ¶63, ¶83).
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionPlanningTests extends WithSchedulingFixtures {

    @Autowired
    kz.attest.notification.Notifications notifications;

    @Test
    void aSessionStartsAtNineWithEveryStageOfTheService_001_9() throws Exception {
        String hall = JsonPath.read(fixtures.hall("tc-almaty", 4), "$.id");
        fixtures.plan(hall, "ADVOCATE_ATTESTATION", SchedulingFixtures.today().plusDays(3), null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.startsAt").value("09:00:00"))
                .andExpect(jsonPath("$.stages").value(org.hamcrest.Matchers.contains(1, 2)))
                .andExpect(jsonPath("$.state").value("PLANNED"))
                .andExpect(jsonPath("$.activeSeats").value(4));
    }

    @Test
    void patentAttorneysSitStageOneOnly_000_86() throws Exception {
        String hall = JsonPath.read(fixtures.hall("tc-almaty", 4), "$.id");
        fixtures.plan(hall, "PATENT_ATTORNEY_ATTESTATION", SchedulingFixtures.today().plusDays(1), "14:30")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.startsAt").value("14:30:00"))
                .andExpect(jsonPath("$.stages").value(org.hamcrest.Matchers.contains(1)));
        mvc.perform(post("/api/v1/operator/sessions").with(fixtures.as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"hallId": "%s", "service": "PATENT_ATTORNEY_ATTESTATION", "date": "%s", "stages": [2]}"""
                                .formatted(hall, SchedulingFixtures.today())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void badPlansAreRefused() throws Exception {
        String hall = JsonPath.read(fixtures.hall("tc-almaty", 4), "$.id");
        fixtures.plan(hall, "ADVOCATE_ATTESTATION", SchedulingFixtures.today().minusDays(1), null)
                .andExpect(status().isBadRequest());
        fixtures.plan(hall, "BAILIFF_LICENSE", SchedulingFixtures.today(), null).andExpect(status().isBadRequest());
        fixtures.plan(hall, "no such", SchedulingFixtures.today(), null).andExpect(status().isBadRequest());
        fixtures.plan(java.util.UUID.randomUUID().toString(), "ADVOCATE_ATTESTATION", SchedulingFixtures.today(), null)
                .andExpect(status().isNotFound());
    }

    @Test
    void assignedCandidatesAreToldPlaceDateAndTimeBySmsEmailAndCabinet_000_10_000_38() throws Exception {
        var first = fixtures.admitted("FORENSIC_EXPERT_ATTESTATION", "cfe");
        var second = fixtures.admitted("FORENSIC_EXPERT_ATTESTATION", "cfe");
        String hall = JsonPath.read(fixtures.hall("tc-almaty", 4), "$.id");
        String session = fixtures.session(hall, "FORENSIC_EXPERT_ATTESTATION", SchedulingFixtures.today().plusDays(2), null);

        String eligible = mvc.perform(get("/api/v1/operator/sessions/" + session + "/eligible")
                .with(fixtures.as("operator-admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(eligible, "$[*].applicationId"))
                .contains((int) first.applicationId(), (int) second.applicationId());

        fixtures.assign(session, List.of(first.applicationId(), second.applicationId()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[*].state").value(hasItem("ASSIGNED")));

        Map<String, Object> notice = jdbc.sql("""
                        SELECT id, parameters::text AS parameters FROM notification_notice
                        WHERE recipient_account_id = ? AND template = 'scheduling.assigned'""")
                .param(first.accountId()).query().singleRow();
        assertThat((String) notice.get("parameters")).contains("\"time\": \"09:00\"", "Алматы", "Almaty, Abay 10",
                SchedulingFixtures.today().plusDays(2).toString());
        assertThat(jdbc.sql("SELECT channel FROM notification_delivery WHERE notice_id = ?").param(notice.get("id"))
                .query(String.class).list()).containsExactlyInAnyOrder("CABINET", "SMS", "EMAIL");
        var rendered = notifications.noticesOf(first.accountId(), java.util.Locale.forLanguageTag("kk")).stream()
                .filter(n -> n.template().equals("scheduling.assigned")).findFirst().orElseThrow();
        assertThat(rendered.body()).contains("Алматы тестілеу орталығы", "Almaty, Abay 10", "09:00")
                .doesNotContain("Центр тестирования");
        var russian = notifications.noticesOf(first.accountId(), java.util.Locale.forLanguageTag("ru")).stream()
                .filter(n -> n.template().equals("scheduling.assigned")).findFirst().orElseThrow();
        assertThat(russian.body()).contains("Центр тестирования в Алматы");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'scheduling.sitting.assigned' AND entity_id = ?")
                .param(session).query(Long.class).single()).isEqualTo(2);

        // seated once: neither listed again nor assignable to another session
        String later = fixtures.session(hall, "FORENSIC_EXPERT_ATTESTATION", SchedulingFixtures.today().plusDays(9), null);
        mvc.perform(get("/api/v1/operator/sessions/" + later + "/eligible").with(fixtures.as("operator-admin")))
                .andExpect(jsonPath("$[*].applicationId").value(not(hasItem((int) first.applicationId()))));
        fixtures.assign(later, List.of(first.applicationId())).andExpect(status().isConflict());
    }

    @Test
    void assignmentNeverExceedsTheSeatsInServiceAndNamesTheShortfall() throws Exception {
        var a = fixtures.admitted("NOTARY_ATTESTATION", "dj-almaty");
        var b = fixtures.admitted("NOTARY_ATTESTATION", "dj-almaty");
        var c = fixtures.admitted("NOTARY_ATTESTATION", "dj-almaty");
        String hallJson = fixtures.hall("tc-almaty", 3);
        String hall = JsonPath.read(hallJson, "$.id");
        mvc.perform(put("/api/v1/operator/halls/" + hall + "/seats/" + SchedulingFixtures.seatId(hallJson, "03"))
                        .with(fixtures.as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"active\": false}"))
                .andExpect(status().isOk());
        String session = fixtures.session(hall, "NOTARY_ATTESTATION", SchedulingFixtures.today().plusDays(2), null);

        mvc.perform(post("/api/v1/operator/sessions/" + session + "/assignments").param("lang", "en")
                        .with(fixtures.as("operator-admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationIds\": [%d, %d, %d]}".formatted(a.applicationId(), b.applicationId(),
                                c.applicationId())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value(containsString("3 candidates need seats but only 2")))
                .andExpect(jsonPath("$.title").value(containsString("1 short")));
        assertThat(jdbc.sql("SELECT count(*) FROM scheduling_sitting WHERE session_id = ?::uuid").param(session)
                .query(Long.class).single()).isZero();

        fixtures.assign(session, List.of(a.applicationId(), b.applicationId())).andExpect(status().isCreated());
        fixtures.assign(session, List.of(c.applicationId())).andExpect(status().isConflict());
    }

    @Test
    void onlyTheOperatorPlans() throws Exception {
        String hall = JsonPath.read(fixtures.hall("tc-almaty", 2), "$.id");
        mvc.perform(post("/api/v1/operator/sessions").with(fixtures.as("proctor")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hallId\": \"%s\", \"service\": \"ADVOCATE_ATTESTATION\", \"date\": \"%s\"}"
                                .formatted(hall, SchedulingFixtures.today())))
                .andExpect(status().isForbidden());
    }
}
