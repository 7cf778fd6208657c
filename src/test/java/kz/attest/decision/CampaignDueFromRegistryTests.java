package kz.attest.decision;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Seed 001: the campaign's due list reads the registry — a signed attestation restarts the 5-year cycle (¶53). */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignDueFromRegistryTests extends WithDecisionCollaborators {

    private boolean due(MockHttpSession officer, String iin) throws Exception {
        String body = mvc.perform(get("/api/v1/campaigns/experts").session(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Boolean> due = JsonPath.read(body, "$[?(@.expert.iin == '" + iin + "')].due");
        return due.getFirst();
    }

    @Test
    void aSignedForensicAttestationInTheRegistryMakesTheExpertNotDue_001_1() throws Exception {
        String iin = DecisionFixtures.freshApplicant(accounts);
        long account = accounts.findByLoginName(iin).orElseThrow().accountId();
        MockHttpSession officer = signIn("cfe-officer");
        LocalDate today = LocalDate.now();
        mvc.perform(post("/api/v1/campaigns/experts").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"iin":"%s","surname":"Сериков","givenName":"Асан","patronymic":"Болатұлы",
                                 "kind":"%s","activityStart":"%s","lastAttestation":"%s"}"""
                                .formatted(iin, firstKind(), today.minusYears(10),
                                        today.minusYears(6))))
                .andExpect(status().isCreated());
        assertThat(due(officer, iin)).isTrue();

        long application = DecisionFixtures.admittedApplication(jdbc, account, "FORENSIC_EXPERT_ATTESTATION", "cfe",
                Instant.now());
        jdbc.sql("UPDATE application_application SET applicant_iin = ? WHERE id = ?").params(iin, application).update();
        UUID sitting = UUID.randomUUID();
        DecisionFixtures.publish(events, tx,
                DecisionFixtures.scored(sitting, application, account, "FORENSIC_EXPERT_ATTESTATION", 1, 90, true,
                        Instant.now()),
                DecisionFixtures.completed(sitting, application, account, "FORENSIC_EXPERT_ATTESTATION", true,
                        Instant.now()));
        String prepared = mvc.perform(post("/api/v1/office/outcomes/applications/" + application + "/prepare")
                .session(officer).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/office/outcomes/" + JsonPath.read(prepared, "$.id") + "/sign")
                .session(signIn("cfe-head")).with(csrf())).andExpect(status().isOk());

        assertThat(due(officer, iin)).isFalse();
    }

    private static String firstKind() {
        return kz.attest.campaign.ExpertKind.values()[0].name();
    }

}
