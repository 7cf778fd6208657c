package kz.attest.scheduling;

import com.jayway.jsonpath.JsonPath;
import kz.attest.catalogue.ServiceCode;
import kz.attest.delivery.SittingCompleted;
import kz.attest.delivery.StageScored;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed 000 ¶51: on a forensic expert's repeat attestation the knowledge stage passed at the failed sitting is credited;
 * the candidate sits the practical stage only, may be planned into a stage-2 session, and the proctor's list and the
 * notice say so. The hall's seats still bound the assignment.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CreditedStageTests extends WithSchedulingFixtures {

    private static final String SERVICE = "FORENSIC_EXPERT_ATTESTATION";

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aForensicRepeatSitsStageTwoOnlyWithStageOneCredited_000_51() throws Exception {
        SchedulingFixtures.Admitted repeat = repeatAfterStageOnePassed();
        SchedulingFixtures.Admitted fresh = fixtures.admitted(SERVICE, "cfe");
        String hallJson = fixtures.hall("tc-almaty", 3);
        String hall = JsonPath.read(hallJson, "$.id");

        String full = fixtures.session(hall, SERVICE, SchedulingFixtures.today().plusDays(1), null);
        mvc.perform(get("/api/v1/operator/sessions/" + full + "/eligible").with(fixtures.as("operator-admin")))
                .andExpect(jsonPath("$[?(@.applicationId == " + repeat.applicationId() + ")].stages[*]")
                        .value(org.hamcrest.Matchers.contains(2)))
                .andExpect(jsonPath("$[?(@.applicationId == " + repeat.applicationId() + ")].creditedStages[*]")
                        .value(org.hamcrest.Matchers.contains(1)))
                .andExpect(jsonPath("$[?(@.applicationId == " + fresh.applicationId() + ")].stages[*]")
                        .value(org.hamcrest.Matchers.contains(1, 2)));

        String stageTwo = stageTwoSession(hall);
        mvc.perform(get("/api/v1/operator/sessions/" + stageTwo + "/eligible").with(fixtures.as("operator-admin")))
                .andExpect(jsonPath("$[?(@.applicationId == " + repeat.applicationId() + ")].stages[*]")
                        .value(org.hamcrest.Matchers.contains(2)))
                .andExpect(jsonPath("$[?(@.applicationId == " + fresh.applicationId() + ")]",
                        org.hamcrest.Matchers.empty()));
        fixtures.assign(stageTwo, List.of(fresh.applicationId())).andExpect(status().isConflict());
        String sitting = fixtures.assigned(stageTwo, List.of(repeat.applicationId())).getFirst();
        assertThat(kz.attest.notification.SentNotices.templates(jdbc, "Application", repeat.applicationId()))
                .containsExactly(Sessions.NOTICE_CREDITED);

        fixtures.open(stageTwo).andExpect(status().isOk());
        mvc.perform(get("/check-in/" + stageTwo).param("lang", "en").with(fixtures.as("proctor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("stage 1 credited (¶51)")));
        fixtures.checkIn(stageTwo, sitting, "ID_CARD", "0412 34567", null)
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT stage FROM delivery_attempt WHERE sitting_id = ? ORDER BY stage")
                .param(UUID.fromString(sitting)).query(Integer.class).list()).containsExactly(2);
        assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE action = 'scheduling.sitting.checked-in' AND entity_id = ?")
                .param(sitting).query(String.class).single()).contains("stages [2]").contains("credited [1] (¶51)");
    }

    @Test
    void aStageTwoSessionStillHoldsNoMoreThanItsSeats_000_51() throws Exception {
        SchedulingFixtures.Admitted first = repeatAfterStageOnePassed();
        SchedulingFixtures.Admitted second = repeatAfterStageOnePassed();
        String hall = JsonPath.read(fixtures.hall("tc-almaty", 1), "$.id");
        String session = stageTwoSession(hall);
        fixtures.assign(session, List.of(first.applicationId(), second.applicationId()))
                .andExpect(status().isConflict());
        fixtures.assign(session, List.of(first.applicationId())).andExpect(status().isCreated());
        fixtures.assign(session, List.of(second.applicationId())).andExpect(status().isConflict());
    }

    /** A new admitted application of an account whose sitting two months ago passed stage 1 and failed stage 2. */
    private SchedulingFixtures.Admitted repeatAfterStageOnePassed() {
        SchedulingFixtures.Admitted repeat = fixtures.admitted(SERVICE, "cfe");
        Instant earlier = Instant.now().minus(Duration.ofDays(60));
        UUID sitting = UUID.randomUUID();
        ServiceCode service = new ServiceCode(SERVICE);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            events.publishEvent(new StageScored(UUID.randomUUID(), sitting, Optional.empty(), repeat.accountId(),
                    service, 1, 80, 100, 70, true, earlier));
            events.publishEvent(new StageScored(UUID.randomUUID(), sitting, Optional.empty(), repeat.accountId(),
                    service, 2, 40, 100, 70, false, earlier));
            events.publishEvent(new SittingCompleted(sitting, Optional.empty(), repeat.accountId(), service, false,
                    earlier));
        });
        return repeat;
    }

    private String stageTwoSession(String hall) throws Exception {
        String body = mvc.perform(post("/api/v1/operator/sessions").with(fixtures.as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"hallId": "%s", "service": "%s", "date": "%s", "startsAt": "00:00", "stages": [2]}"""
                                .formatted(hall, SERVICE, SchedulingFixtures.today())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
