package kz.attest.itembank;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Authoring cases in the UI (¶11(2): the second stage's situational tasks): write, edit, review, preview. */
@SpringBootTest
@AutoConfigureMockMvc
class CasePagesTests {

    static final String ADVOCATES = "SERVICE:ADVOCATE_ATTESTATION";
    static final int QUESTIONS = 12;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    String author = "author-" + UUID.randomUUID();
    String reviewer = "reviewer-" + UUID.randomUUID();

    MockHttpServletRequestBuilder caseForm(String action, String label, int questions) {
        return caseForm(action, label, questions, label + " жағдай: клиент адвокатқа жүгінді.");
    }

    MockHttpServletRequestBuilder caseForm(String action, String label, int questions, String situationKk) {
        MockHttpServletRequestBuilder request = post(action).with(user(author).roles("QUESTION_AUTHOR")).with(csrf())
                .param("lang", "en").param("scope", ADVOCATES)
                .param("situationKk", situationKk)
                .param("situationRu", label + " ситуация: клиент обратился к адвокату.");
        for (int q = 0; q < QUESTIONS; q++) {
            boolean filled = q < questions;
            request.param("q" + q + ".stemKk", filled ? "Сұрақ " + (q + 1) + "?" : "")
                    .param("q" + q + ".stemRu", filled ? "Вопрос " + (q + 1) + "?" : "");
            for (int o = 0; o < 4; o++) {
                request.param("q" + q + ".optionKk", filled && o < 3 ? "жауап " + q + "-" + o : "")
                        .param("q" + q + ".optionRu", filled && o < 3 ? "ответ " + q + "-" + o : "");
            }
            if (filled) {
                request.param("q" + q + ".correct", "1");
            }
        }
        return request;
    }

    UUID created(int questions) throws Exception {
        String location = mvc.perform(caseForm("/itembank/cases", "Іс", questions))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theNewCasePageOffersTheScopesAndThenTheStagesQuestionCount_000_11() throws Exception {
        mvc.perform(get("/itembank/cases/new").param("lang", "en").with(user(author).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + ADVOCATES + "\"")));
        mvc.perform(get("/itembank/cases/new").param("scope", ADVOCATES).param("lang", "en")
                        .with(user(author).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"q11.stemKk\"")))
                .andExpect(content().string(not(containsString("name=\"q12.stemKk\""))))
                .andExpect(content().string(containsString("exactly 12 questions")));
    }

    @Test
    void anAuthorWritesACaseInBothLanguagesAndAnotherPersonApprovesIt_000_11() throws Exception {
        UUID id = created(QUESTIONS);
        assertThat(jdbc.sql("SELECT option_counts FROM itembank_case WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo(String.join(",", java.util.Collections.nCopies(QUESTIONS, "3")));
        mvc.perform(post("/itembank/cases/{id}/submit", id).with(user(author).roles("QUESTION_AUTHOR")).with(csrf()))
                .andExpect(redirectedUrl("/itembank/cases/" + id));
        mvc.perform(post("/itembank/cases/{id}/approve", id).with(user(reviewer).roles("QUESTION_AUTHOR")).with(csrf()))
                .andExpect(redirectedUrl("/itembank/cases/" + id));
        mvc.perform(get("/itembank/cases/{id}", id).param("lang", "en").with(user(reviewer).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Approved")))
                .andExpect(content().string(containsString("Іс жағдай")))
                .andExpect(content().string(containsString("ситуация: клиент обратился")));
        // keep the live pool to the demonstration bank for other tests
        mvc.perform(post("/itembank/cases/{id}/retire", id).with(user(reviewer).roles("QUESTION_AUTHOR")).with(csrf()))
                .andExpect(redirectedUrl("/itembank/cases/" + id));
    }

    @Test
    void aDraftWithFewerQuestionsIsEditedAndCannotGoToReviewIncomplete_000_11() throws Exception {
        UUID id = created(2);
        mvc.perform(post("/itembank/cases/{id}/submit", id).with(user(author).roles("QUESTION_AUTHOR")).with(csrf())
                .param("lang", "en")).andExpect(status().isConflict());
        mvc.perform(get("/itembank/cases/{id}/edit", id).param("lang", "en").with(user(author).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("жауап 1-2")));
        mvc.perform(caseForm("/itembank/cases/" + id, "Өзгерген", QUESTIONS))
                .andExpect(redirectedUrl("/itembank/cases/" + id));
        assertThat(jdbc.sql("SELECT version FROM itembank_case WHERE id = ?").param(id).query(Integer.class).single())
                .isEqualTo(2);
        mvc.perform(post("/itembank/cases/{id}/submit", id).with(user(author).roles("QUESTION_AUTHOR")).with(csrf()))
                .andExpect(redirectedUrl("/itembank/cases/" + id));
    }

    @Test
    void aSituationMissingALanguageIsRefusedWithTheFormKept_000_11() throws Exception {
        mvc.perform(caseForm("/itembank/cases", "Жарты", 1, ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("both Kazakh and Russian")))
                .andExpect(content().string(containsString("Вопрос 1?")));
    }

    @Test
    void thePreviewShowsTheCaseAsTheCandidateSeesItInEachLanguage_000_11() throws Exception {
        UUID id = created(QUESTIONS);
        mvc.perform(get("/itembank/cases/{id}/preview", id).param("language", "kk").param("lang", "en")
                        .with(user(author).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Іс жағдай")))
                .andExpect(content().string(containsString("жауап 11-2")))
                .andExpect(content().string(not(containsString("ответ"))))
                .andExpect(content().string(not(containsString("Correct"))));
        mvc.perform(get("/itembank/cases/{id}/preview", id).param("language", "ru").param("lang", "en")
                        .with(user(author).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Іс ситуация")))
                .andExpect(content().string(containsString("ответ 0-0")))
                .andExpect(content().string(not(containsString("жауап"))));
    }
}
