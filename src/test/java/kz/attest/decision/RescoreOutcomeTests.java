package kz.attest.decision;

import com.jayway.jsonpath.JsonPath;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.ServiceCode;
import kz.attest.delivery.StageRescored;
import kz.attest.delivery.StageScored;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** ¶26: a re-score changes the sitting's outcome, not only the stage row. */
@SpringBootTest
@AutoConfigureMockMvc
class RescoreOutcomeTests extends WithDecisionCollaborators {

    @Autowired
    StageLetters letters;
    @Autowired
    RetakeChecks retakes;

    @Test
    void aSingleStageRescoredFrom69To70PassesLiftsTheRetakeBlockAndSupersedesTheDecision_000_26() throws Exception {
        String service = "PATENT_ATTORNEY_ATTESTATION";
        String iin = DecisionFixtures.freshApplicant(accounts);
        long account = accounts.findByLoginName(iin).orElseThrow().accountId();
        long application = DecisionFixtures.admittedApplication(jdbc, account, service, "ministry", Instant.now());
        UUID sitting = UUID.randomUUID();
        UUID attempt = UUID.randomUUID();
        Instant at = Instant.now();
        DecisionFixtures.publish(events, tx,
                new StageScored(attempt, sitting, Optional.of(application), account, new ServiceCode(service), 1, 69,
                        100, 70, false, at),
                DecisionFixtures.completed(sitting, application, account, service, false, at));
        String prepared = mvc.perform(post("/api/v1/office/outcomes/applications/" + application + "/prepare")
                .session(signIn("ministry-officer")).with(csrf())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        String id = JsonPath.read(prepared, "$.id");
        mvc.perform(post("/api/v1/office/outcomes/" + id + "/sign").session(signIn("ministry-head")).with(csrf()))
                .andExpect(status().isOk());
        LocalDate today = Instant.now().atZone(WorkingCalendar.ZONE).toLocalDate();
        assertThat(retakes.refusal(account, new ServiceCode(service), today)).isPresent();   // ¶97: 30 days

        tx.executeWithoutResult(s -> letters.handle(new StageRescored(attempt, sitting, Optional.of(application),
                account, new ServiceCode(service), 1, 69, 70, 100, 70, false, true, Optional.empty(),
                UUID.randomUUID(), "ACT-26", Instant.now())));

        assertThat(jdbc.sql("SELECT passed FROM decision_result_sitting WHERE sitting_id = ?").param(sitting)
                .query(Boolean.class).single()).isTrue();
        assertThat(retakes.refusal(account, new ServiceCode(service), today)).isEmpty();
        var correction = jdbc.sql("""
                        SELECT variant, status, correction_reason FROM decision_outcome
                        WHERE application_id = ? AND supersedes_id = ?""")
                .params(application, UUID.fromString(id)).query().singleRow();
        assertThat(correction.get("variant")).isEqualTo("POSITIVE");
        assertThat(correction.get("status")).isEqualTo("PREPARED");
        assertThat((String) correction.get("correction_reason")).contains("ACT-26");
    }
}
