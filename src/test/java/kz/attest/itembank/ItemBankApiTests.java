package kz.attest.itembank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The authoring API over the real database: review, encryption at rest, audited reads, refusals, roles. */
@SpringBootTest
@AutoConfigureMockMvc
class ItemBankApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static String itemJson(String topic, String stemKk, String stemRu, int options, int correctCount) {
        StringBuilder json = new StringBuilder("{\"topic\":\"" + topic + "\",\"stemKk\":\"" + stemKk
                + "\",\"stemRu\":\"" + stemRu + "\",\"options\":[");
        for (int i = 0; i < options; i++) {
            json.append(i == 0 ? "" : ",").append("{\"kk\":\"нұсқа ").append(i).append("\",\"ru\":\"вариант ")
                    .append(i).append("\",\"correct\":").append(i < correctCount).append('}');
        }
        return json.append("]}").toString();
    }

    ResultActions create(String author, String json) throws Exception {
        return mvc.perform(post("/api/v1/itembank/items").with(user(author).roles("QUESTION_AUTHOR")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json).param("lang", "en"));
    }

    UUID created(String author, String json) throws Exception {
        String body = create(author, json).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
    }

    ResultActions act(UUID id, String action, String who) throws Exception {
        return mvc.perform(post("/api/v1/itembank/items/{id}/{action}", id, action)
                .with(user(who).roles("QUESTION_AUTHOR")).with(csrf()).param("lang", "en"));
    }

    @Test
    void aQuestionIsApprovedOnlyByASecondPerson_fourEyes() throws Exception {
        String author = "author-" + UUID.randomUUID();
        UUID id = created(author, itemJson("CIVIL_CODE", "Мерзім қанша?", "Каков срок?", 3, 1));
        act(id, "submit", author).andExpect(status().isNoContent());
        act(id, "approve", author).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("itembank.review.four-eyes"))
                .andExpect(jsonPath("$.title").value(containsString("Four eyes")));
        act(id, "approve", "reviewer-" + UUID.randomUUID()).andExpect(status().isNoContent());
        assertThat(jdbc.sql("SELECT status FROM itembank_item WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("APPROVED");
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY seq").param(id.toString())
                .query(String.class).list())
                .containsExactly("itembank.item-created", "itembank.item-submitted", "itembank.item-approved");
    }

    @Test
    void theStoredColumnsHoldNoPlainText_000_14() throws Exception {
        String stem = "Құпия сұрақ " + UUID.randomUUID();
        UUID id = created("author-" + UUID.randomUUID(), itemJson("CIVIL_CODE", stem, "Секретный вопрос", 3, 1));
        byte[] raw = jdbc.sql("SELECT content FROM itembank_item WHERE id = ?").param(id).query(byte[].class).single();
        byte[] history = jdbc.sql("SELECT content FROM itembank_item_version WHERE item_id = ?").param(id)
                .query(byte[].class).single();
        for (byte[] stored : new byte[][]{raw, history}) {
            String asText = new String(stored, StandardCharsets.UTF_8);
            assertThat(asText).doesNotContain(stem).doesNotContain("Секретный").doesNotContain("вариант");
        }
        assertThat(jdbc.sql("SELECT key_id FROM itembank_item WHERE id = ?").param(id).query(String.class).single())
                .isNotBlank();
    }

    @Test
    void readingContentIsAudited_000_14() throws Exception {
        String author = "author-" + UUID.randomUUID();
        UUID id = created(author, itemJson("LAND_CODE", "Жер учаскесі", "Земельный участок", 3, 1));
        mvc.perform(get("/api/v1/itembank/items/{id}", id).with(user("reader-1").roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.stem.ru").value("Земельный участок"))
                .andExpect(jsonPath("$.content.correctOption").value(0));
        mvc.perform(get("/api/v1/itembank/items/{id}/preview", id).param("language", "kk")
                        .with(user("reader-1").roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stem").value("Жер учаскесі"))
                .andExpect(jsonPath("$.options", hasSize(3)))
                .andExpect(jsonPath("$.correctOption").doesNotExist());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'itembank.content-read' AND entity_id = ?"
                + " AND actor = 'reader-1'").param(id.toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anEditMakesANewVersionAndOnlyDraftsChange() throws Exception {
        String author = "author-" + UUID.randomUUID();
        UUID id = created(author, itemJson("CIVIL_CODE", "бір", "один", 3, 1));
        mvc.perform(put("/api/v1/itembank/items/{id}", id).with(user(author).roles("QUESTION_AUTHOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(itemJson("CIVIL_CODE", "екі", "два", 4, 1)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        mvc.perform(get("/api/v1/itembank/items/{id}/versions", id).with(user(author).roles("QUESTION_AUTHOR")))
                .andExpect(jsonPath("$[0]").value(1)).andExpect(jsonPath("$[1]").value(2));
        act(id, "submit", author).andExpect(status().isNoContent());
        mvc.perform(put("/api/v1/itembank/items/{id}", id).with(user(author).roles("QUESTION_AUTHOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(itemJson("CIVIL_CODE", "үш", "три", 3, 1))
                        .param("lang", "ru"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("itembank.review.only-drafts-editable"))
                .andExpect(jsonPath("$.title").value(containsString("Изменять можно только черновик")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no Kazakh stem | CIVIL_CODE | '' | вопрос | 3 | 1 | itembank.item.stem-missing",
            "two options | CIVIL_CODE | сұрақ | вопрос | 2 | 1 | itembank.item.too-few-options",
            "three options for a patent topic | TRADEMARKS_APPELLATIONS | сұрақ | вопрос | 3 | 1 | itembank.item.too-few-options",
            "no correct option | CIVIL_CODE | сұрақ | вопрос | 3 | 0 | itembank.item.one-correct-required",
            "two correct options | CIVIL_CODE | сұрақ | вопрос | 3 | 2 | itembank.item.one-correct-required",
            "nine options | CIVIL_CODE | сұрақ | вопрос | 9 | 1 | itembank.item.too-many-options",
            "unknown topic | ASTROLOGY | сұрақ | вопрос | 3 | 1 | itembank.item.unknown-topic"})
    void badQuestionsAreRefusedAndNothingIsStored(String kind, String topic, String kk, String ru, int options,
                                                  int correct, String code) throws Exception {
        String author = "author-" + UUID.randomUUID();
        create(author, itemJson(topic, kk, ru, options, correct))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.title").isNotEmpty());
        assertThat(jdbc.sql("SELECT count(*) FROM itembank_item WHERE author = ?").param(author)
                .query(Long.class).single()).isZero();
    }

    @Test
    void unreadableRequestsAreBadRequests() throws Exception {
        create("author-x", "{not json").andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/itembank/items/not-a-uuid").with(user("a").roles("QUESTION_AUTHOR")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/itembank/items/{id}", UUID.randomUUID()).with(user("a").roles("QUESTION_AUTHOR")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("itembank.item.not-found"));
        mvc.perform(get("/api/v1/itembank/items").param("status", "LOST").with(user("a").roles("QUESTION_AUTHOR")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("itembank.unknown-status"));
    }

    @ParameterizedTest
    @CsvSource({"PROCTOR", "APPLICANT", "PROVIDER_OFFICER"})
    void onlyQuestionAuthorsReachTheBank(String role) throws Exception {
        mvc.perform(get("/api/v1/itembank/items").with(user("someone").roles(role))).andExpect(status().isForbidden());
        mvc.perform(get("/itembank").with(user("someone").roles(role))).andExpect(status().isForbidden());
        create("x", itemJson("CIVIL_CODE", "a", "b", 3, 1)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/itembank/items").with(user("someone").roles(role)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(itemJson("CIVIL_CODE", "a", "b", 3, 1)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/itembank/items")).andExpect(status().isUnauthorized());
    }

    @Test
    void aCaseGoesThroughReviewWithItsQuestions_000_43() throws Exception {
        String author = "author-" + UUID.randomUUID();
        StringBuilder questions = new StringBuilder();
        for (int q = 0; q < 5; q++) {
            String item = itemJson("CIVIL_CODE", "тапсырма " + q, "задание " + q, 3, 1);
            questions.append(q == 0 ? "" : ",").append(item.replace("\"topic\":\"CIVIL_CODE\",", ""));
        }
        String json = "{\"scopeKind\":\"SPECIALTY\",\"scopeCode\":\"HANDWRITING\",\"situationKk\":\"Жағдаят\","
                + "\"situationRu\":\"Ситуация\",\"questions\":[" + questions + "]}";
        String body = mvc.perform(post("/api/v1/itembank/cases").with(user(author).roles("QUESTION_AUTHOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
        mvc.perform(post("/api/v1/itembank/cases/{id}/submit", id).with(user(author).roles("QUESTION_AUTHOR")).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/itembank/cases/{id}/approve", id).with(user("r-" + author).roles("QUESTION_AUTHOR")).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/itembank/cases/{id}", id).with(user(author).roles("QUESTION_AUTHOR")))
                .andExpect(jsonPath("$.content.questions", hasSize(5)))
                .andExpect(jsonPath("$.summary.status").value("APPROVED"));
        String wrongScope = json.replace("HANDWRITING", "ASTROLOGY");
        mvc.perform(post("/api/v1/itembank/cases").with(user(author).roles("QUESTION_AUTHOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(wrongScope))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("itembank.case.unknown-scope"));
    }
}
