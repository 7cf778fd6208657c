package kz.attest.delivery;

import kz.attest.itembank.AssembledForm;
import kz.attest.itembank.FormItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Trial tests (seed 000 ¶28, ¶55, ¶76, ¶99): practice pool only, marked on every screen, no events. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class TrialTestTests extends WithDeliveryFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationEvents published;

    @Test
    @WithUserDetails("900315300123")
    void aTrialFormHoldsOnlyPracticeQuestionsIsMarkedAndTellsNoOne_000_28_000_55_000_76_000_99() throws Exception {
        mvc.perform(get("/exam/trials").queryParam("lang", "ru")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"trial-ADVOCATE_ATTESTATION\"")))
                .andExpect(content().string(containsString("не является основанием для решения")));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/exam/trials/ADVOCATE_ATTESTATION").session(session).with(csrf()))
                .andExpect(redirectedUrl("/exam"));
        UUID attempt = fixtures.startStage(session, "kk", 1);
        for (String page : List.of("/exam", "/exam/stages/1/questions/1", "/exam/stages/1/finish")) {
            mvc.perform(get(page).queryParam("lang", "en").session(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Trial — not a basis for a decision")));
        }

        AssembledForm form = JSON.readValue(jdbc.sql("SELECT form::text FROM delivery_attempt WHERE id = ?")
                .param(attempt).query(String.class).single(), AssembledForm.class);
        List<UUID> ids = form.items().stream().map(FormItem::itemId).toList();
        assertThat(ids).hasSize(100);
        assertThat(jdbc.sql("SELECT practice FROM itembank_item WHERE id IN (:ids)").param("ids", ids)
                .query(Boolean.class).list()).hasSize(100).containsOnly(true);

        fixtures.answer(session, attempt, 70);
        mvc.perform(post("/exam/stages/1/finish").session(session).with(csrf()))
                .andExpect(redirectedUrl("/exam/stages/1/result"));
        mvc.perform(get("/exam/stages/1/result").queryParam("lang", "en").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("70 / 100")))
                .andExpect(content().string(containsString("Trial — not a basis for a decision")));
        assertThat(published.stream(StageScored.class).filter(e -> e.attemptId().equals(attempt))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = ? AND action = 'itembank.responses-recorded'")
                .param(attempt.toString()).query(Integer.class).single()).isZero();
    }

    @Test
    @WithUserDetails("officer")
    void staffCannotOpenATrial_000_28() throws Exception {
        mvc.perform(post("/exam/trials/ADVOCATE_ATTESTATION").with(csrf())).andExpect(status().isForbidden());
    }
}
