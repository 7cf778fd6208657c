package kz.attest.delivery;

import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.HallPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 14: the workstation's pages lead somewhere — a trial back to the cabinet, a removed candidate to a page of its own. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkstationPagesTests extends WithDeliveryFixtures {

    @Autowired
    UserDetailsService users;

    @Test
    void aFinishedTrialLeadsBackToTheCabinetInsteadOfWaitingForAProctor_000_28() throws Exception {
        var applicant = user(users.loadUserByUsername("900315300123"));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/exam/trials/ADVOCATE_ATTESTATION").session(session).with(applicant).with(csrf()))
                .andExpect(redirectedUrl("/exam"));
        fixtures.startStage(session, "ru", 1);
        mvc.perform(post("/exam/stages/1/finish").session(session).with(csrf()))
                .andExpect(redirectedUrl("/exam/stages/1/result"));
        mvc.perform(get("/exam/stages/1/result").queryParam("lang", "ru").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"back-to-cabinet\" class=\"button\" href=\"/cabinet\"")))
                .andExpect(content().string(not(containsString("Дождитесь наблюдателя"))));
    }

    @Test
    void aRemovedCandidatesWorkstationShowsAPageOfItsOwn_000_18() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        fixtures.startStage(session, "ru", 1);
        mvc.perform(post("/proctor/live/sittings/{s}/violation", checkIn.sittingId())
                        .param("description", "used a mobile phone during stage 1")
                        .param("witnesses", "Proctor Ainur S.").with(user(users.loadUserByUsername("proctor")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/exam/stages/1/questions/1").queryParam("lang", "en").session(session))
                .andExpect(content().string(containsString("act of violation")));
        mvc.perform(get("/exam").queryParam("lang", "kk").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sitting-closed\"")))
                .andExpect(content().string(containsString("бұзушылық туралы акт")))
                .andExpect(content().string(not(containsString("href=\"/services\""))))
                .andExpect(content().string(not(containsString("href=\"/login\""))));
    }

    @Test
    void theProctorSeesPauseOrResumeNeverBothAndConfirmsARemoval_000_18() throws Exception {
        var proctor = user(users.loadUserByUsername("proctor"));
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        fixtures.startStage(session, "ru", 1);
        mvc.perform(get("/proctor/live/sittings/{s}", checkIn.sittingId()).with(proctor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pause\"")))
                .andExpect(content().string(not(containsString("id=\"resume\""))))
                .andExpect(content().string(containsString("id=\"violation-confirm\"")));
        mvc.perform(post("/proctor/live/sittings/{s}/pause", checkIn.sittingId()).param("reason", "the light went out")
                .with(proctor).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/proctor/live/sittings/{s}", checkIn.sittingId()).with(proctor))
                .andExpect(content().string(containsString("id=\"resume\"")))
                .andExpect(content().string(not(containsString("id=\"pause\""))));
    }
}
