package kz.attest.delivery;

import kz.attest.scheduling.HallPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The start burst (issue 12): the page the Start leads to carries the candidate's form as a JSON data block, so the
 * script needs no request for it; later pages do not (the page a script-less candidate sees stays as it was); the form
 * written by concatenation is the JSON Jackson would write of the same view.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StartPageFormTests extends WithDeliveryFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern BLOCK = Pattern.compile(
            "<script type=\"application/json\" id=\"exam-form\">(.*?)</script>", Pattern.DOTALL);

    @Test
    void thePageTheStartLeadsToCarriesTheFormTheScriptWouldAskFor() throws Exception {
        MockHttpSession session = fixtures.started(DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2),
                HallPolicy.open()));
        UUID attempt = fixtures.startStage(session, "ru", 1);
        String page = mvc.perform(get("/exam/stages/1/questions/1").session(session)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        Matcher block = BLOCK.matcher(page);
        assertThat(block.find()).as("form block in %s", page).isTrue();
        assertThat(block.group(1)).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        String fetched = mvc.perform(get("/api/v1/exam/stages/1/form").session(session)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/json")))
                .andReturn().getResponse().getContentAsString();
        JsonNode embedded = JSON.readTree(block.group(1));
        JsonNode asked = JSON.readTree(fetched);
        ((ObjectNode) embedded).remove("remainingSeconds");
        ((ObjectNode) asked).remove("remainingSeconds");
        assertThat(embedded).isEqualTo(asked);
        assertThat(embedded.path("attempt").asString()).isEqualTo(attempt.toString());
        assertThat(embedded.path("questions").size()).isEqualTo(fixtures.key(attempt).size());

        // a later page, or the first once answered, leaves the form to the script's request
        String second = mvc.perform(get("/exam/stages/1/questions/2").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(second).doesNotContain("exam-form");
        fixtures.save(session, attempt, 1, 0, 1).andExpect(status().isOk());
        String answered = mvc.perform(get("/exam/stages/1/questions/1").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(answered).doesNotContain("exam-form");
        // what a person sees is the same with and without the block
        assertThat(BLOCK.matcher(page).replaceAll("").replaceAll("\\s+", " ")).contains("question-grid");
    }

    @Test
    void theFormIsJacksonsJsonWithNoCharacterThatClosesTheBlock() {
        Map<Integer, Integer> answers = new LinkedHashMap<>(Map.of(3, 1));
        Map<Integer, Long> sequences = new LinkedHashMap<>(Map.of(3, 17L));
        ExamApiController.CandidateFormView view = new ExamApiController.CandidateFormView(UUID.randomUUID(), 2,
                "RUNNING", 5399, 3, List.of(
                new ExamApiController.FormQuestion(1, null, null, "Stem \"quoted\" </script><!-- & ü ақ\n\t\u0001",
                        List.of("a < b", "c > d", "e & f", "\u2028 line")),
                new ExamApiController.FormQuestion(2, "A case's situation\\", 1, "Второй", List.of("x", "y")),
                new ExamApiController.FormQuestion(3, "A case's situation\\", 1, "Үшінші", List.of())),
                answers, sequences, List.of(2, 3));
        String written = FormJson.write(view);
        assertThat(written).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(JSON.readTree(written)).isEqualTo(JSON.readTree(JSON.writeValueAsString(view)));
        ExamApiController.CandidateFormView empty = new ExamApiController.CandidateFormView(UUID.randomUUID(), 1,
                "PAUSED", 0, 0, List.of(), Map.of(), Map.of(), List.of());
        assertThat(JSON.readTree(FormJson.write(empty))).isEqualTo(JSON.readTree(JSON.writeValueAsString(empty)));
    }
}
