package kz.attest.decision;

import kz.attest.application.AdmittedExports;
import kz.attest.signature.DemoCertificateAuthority;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ResultsRegisterTests extends WithDecisionCollaborators {

    /** Friday 20 November 2026, 11:00 in Almaty. */
    static final Instant FRIDAY = Instant.parse("2026-11-20T06:00:00Z");

    @Autowired
    DemoCertificateAuthority ca;

    private UUID sitting(String provider) {
        long account = DecisionFixtures.ACCOUNTS.incrementAndGet();
        long application = DecisionFixtures.admittedApplication(jdbc, account, "ADVOCATE_ATTESTATION", provider, FRIDAY);
        UUID sitting = UUID.randomUUID();
        DecisionFixtures.publish(events, tx,
                DecisionFixtures.scored(sitting, application, account, "ADVOCATE_ATTESTATION", 1, 81, true, FRIDAY),
                DecisionFixtures.completed(sitting, application, account, "ADVOCATE_ATTESTATION", true, FRIDAY));
        return sitting;
    }

    @Test
    @WithUserDetails("officer")
    void resultsReachTheProviderDueOneWorkingDayAfterTheLastStage_000_24() throws Exception {
        UUID sitting = sitting("dj-almaty");
        mvc.perform(get("/api/v1/office/results"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.sittingId == '" + sitting + "')].dueDate").value(hasItem("2026-11-23")))
                .andExpect(jsonPath("$[?(@.sittingId == '" + sitting + "')].passed").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.sittingId == '" + sitting + "')].stages[0].correct").value(hasItem(81)));
        mvc.perform(get("/office/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("23.11.2026")));
    }

    @Test
    @WithUserDetails("cfe-officer")
    void anotherProvidersResultsAreNotShown_000_24() throws Exception {
        UUID sitting = sitting("dj-almaty");
        mvc.perform(get("/api/v1/office/results").param("provider", "dj-almaty"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/office/results").param("provider", "dj-almaty"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/office/results"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].sittingId").value(not(hasItem(sitting.toString()))));
    }

    @Test
    @WithUserDetails("900315300123")
    void applicantsHaveNoRegister_000_24() throws Exception {
        mvc.perform(get("/api/v1/office/results")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("officer")
    void signedResultsFileVerifiesForAnAirGappedNode_000_24() throws Exception {
        UUID sitting = sitting("dj-almaty");
        byte[] file = mvc.perform(get("/api/v1/office/results/signed"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        AdmittedExports.VerifiedExport verified = AdmittedExports.verify(file, List.of(ca.rootCertificate()));
        String json = new String(verified.json(), StandardCharsets.UTF_8);
        assertThat(json).contains("attest-kz/results/1").contains(sitting.toString()).contains("dj-almaty");
        byte[] tampered = file.clone();
        int at = new String(file, StandardCharsets.ISO_8859_1).indexOf(sitting.toString());
        tampered[at] = (byte) (tampered[at] == '0' ? '1' : '0');
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> AdmittedExports.verify(tampered, List.of(ca.rootCertificate())))
                .isInstanceOf(kz.attest.web.Refusal.class);
    }
}
