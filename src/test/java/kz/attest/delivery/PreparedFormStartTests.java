package kz.attest.delivery;

import kz.attest.itembank.AssembledForm;
import kz.attest.itembank.CandidateForm;
import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.HallPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Start burst (issue 12): a candidate's form is assembled ahead of the Start and the Start only makes it the
 * attempt's, with the server's deadline from that moment (¶16). The prepared form is the candidate's alone and not
 * before the Start; a second press changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PreparedFormStartTests extends WithDeliveryFixtures {

    private static final String ADVOCATES = "ADVOCATE_ATTESTATION";
    private static final JsonMapper JSON = JsonMapper.builder().build();


    @Test
    void aFormPreparedAheadIsNotServedBeforeTheStart_000_16() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn); // the code: the waiting stages' forms are prepared
        UUID attempt = fixtures.attemptId(session, 1);
        Map<String, Object> before = row(attempt);
        assertThat(before.get("prepared")).isNotNull();
        assertThat(before.get("form")).isNull();
        assertThat(before.get("state")).isEqualTo(AttemptRow.WAITING);
        String firstStem = firstStem((String) before.get("prepared"));

        mvc.perform(post("/exam/language").param("language", "ru").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String api = mvc.perform(get("/api/v1/exam/stages/1/form").session(session))
                .andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsString();
        assertThat(api).doesNotContain(firstStem);
        mvc.perform(get("/exam/stages/1/questions/1").session(session)).andExpect(redirectedUrl("/exam"));
        String briefing = mvc.perform(get("/exam").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(briefing).doesNotContain(firstStem);

        // the Start answers with the first question's page itself, carrying the form (issue 12, the start burst)
        String page = mvc.perform(post("/exam/stages/{n}/start", 1).session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"exam-form\"", "data-position=\"1\"");
        Map<String, Object> after = row(attempt);
        assertThat(after.get("prepared")).isNull();
        assertThat(JSON.readTree((String) after.get("form"))).isEqualTo(JSON.readTree((String) before.get("prepared")));
        assertThat(mvc.perform(get("/api/v1/exam/stages/1/form").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(JSON.writeValueAsString(firstStem));
    }

    @Test
    void aDoubleStartNeitherDuplicatesTheAttemptNorMovesTheDeadline_000_16() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "kk", 1);
        Map<String, Object> first = row(attempt);
        int formsOfCandidate = formsAssembled(checkIn);

        mvc.perform(post("/exam/stages/{n}/start", 1).session(session).with(csrf()))
                .andExpect(redirectedUrl("/exam/stages/1/questions/1"));

        Map<String, Object> second = row(attempt);
        assertThat(second.get("deadline")).isEqualTo(first.get("deadline"));
        assertThat(second.get("started_at")).isEqualTo(first.get("started_at"));
        assertThat(second.get("form")).isEqualTo(first.get("form"));
        assertThat(jdbc.sql("SELECT count(*) FROM delivery_attempt WHERE sitting_id = ? AND stage = 1")
                .param(checkIn.sittingId()).query(Integer.class).single()).isEqualTo(1);
        assertThat(formsAssembled(checkIn)).isEqualTo(formsOfCandidate);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'delivery.stage-started' AND entity_id = ?")
                .param(attempt.toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aStageWithoutAPreparedFormIsAssembledAtItsStart_000_16() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.attemptId(session, 1);
        jdbc.sql("UPDATE delivery_attempt SET prepared_form = NULL, prepared_seed = NULL, prepared_question_count = NULL,"
                + " prepared_option_counts = NULL WHERE id = ?").param(attempt).update(); // a preparation that failed

        assertThat(fixtures.startStage(session, "ru", 1)).isEqualTo(attempt);

        Map<String, Object> started = row(attempt);
        assertThat(started.get("state")).isEqualTo(AttemptRow.RUNNING);
        assertThat(started.get("form")).isNotNull();
        assertThat(started.get("deadline")).isNotNull();
    }

    private Map<String, Object> row(UUID attempt) {
        return jdbc.sql("""
                        SELECT state, form::text AS form, prepared_form::text AS prepared, started_at, deadline
                        FROM delivery_attempt WHERE id = ?""")
                .param(attempt).query((rs, n) -> {
                    java.util.HashMap<String, Object> m = new java.util.HashMap<>();
                    m.put("state", rs.getString("state"));
                    m.put("form", rs.getString("form"));
                    m.put("prepared", rs.getString("prepared"));
                    m.put("started_at", rs.getObject("started_at", Timestamp.class));
                    m.put("deadline", rs.getObject("deadline", Timestamp.class));
                    return (Map<String, Object>) m;
                }).single();
    }

    /** The forms the question bank assembled for the candidate (both stages' prepared ones included). */
    private int formsAssembled(CandidateCheckedIn checkIn) {
        return jdbc.sql("SELECT count(*) FROM itembank_form WHERE candidate = ?")
                .param("application-" + checkIn.applicationId().orElseThrow()).query(Integer.class).single();
    }

    private String firstStem(String formJson) {
        CandidateForm view = forms.candidateView(JSON.readValue(formJson, AssembledForm.class), Locale.forLanguageTag("ru"));
        return view.questions().getFirst().stem();
    }
}
