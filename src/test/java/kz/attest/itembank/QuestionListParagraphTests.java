package kz.attest.itembank;

import kz.attest.catalogue.Catalogue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "The list of questions to be included in the tests is formed by the Ministry" (seed 000 ¶40 forensic attestation,
 * ¶65 forensic qualification, ¶87 patent attorneys): the Ministry's question author writes the questions of the
 * service's blueprint topics and a second person approves them; the providers' officers and the testing operator
 * cannot add questions.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionListParagraphTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Catalogue catalogue;

    @ParameterizedTest(name = "{0}: topic {1} is written by the Ministry, not by {3}")
    @CsvSource({
            "FORENSIC_EXPERT_ATTESTATION, FORENSIC_ACTIVITY_LAW, 3, cfe-officer",        // ¶40
            "FORENSIC_MEDICAL_ATTESTATION, CRIMINAL_PROCEDURE_LAW, 3, operator-admin",   // ¶40
            "FORENSIC_EXPERT_QUALIFICATION, CRIMINALISTICS, 3, cfe-officer",             // ¶65
            "FORENSIC_MEDICAL_QUALIFICATION, ADMINISTRATIVE_LAW, 3, cfe-head",           // ¶65
            "PATENT_ATTORNEY_ATTESTATION, INVENTIONS_UTILITY_MODELS, 4, ministry-officer" // ¶87
    })
    void theQuestionListOfTheServiceIsFormedByTheMinistrysAuthors_000_40_000_65_000_87(
            String service, String topic, int options, String outsider) throws Exception {
        assertThat(catalogue.get(service).stage(1).orElseThrow().blueprint().orElseThrow().countOf(topic))
                .hasValueSatisfying(count -> assertThat(count).isPositive());
        String question = ItemBankApiTests.itemJson(topic, "Сұрақ " + UUID.randomUUID(), "Вопрос " + UUID.randomUUID(),
                options, 1);

        MockHttpSession other = signIn(outsider);
        mvc.perform(post("/api/v1/itembank/items").session(other).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(question))
                .andExpect(status().isForbidden());

        MockHttpSession author = signIn("author");   // QUESTION_AUTHOR of the Ministry (docs/demo-accounts.md)
        String body = mvc.perform(post("/api/v1/itembank/items").session(author).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(question))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
        mvc.perform(post("/api/v1/itembank/items/{id}/submit", id).session(author).with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/itembank/items/{id}/approve", id).session(other).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/itembank/items/{id}/approve", id)
                        .with(user("ministry-reviewer-" + UUID.randomUUID()).roles("QUESTION_AUTHOR")).with(csrf()))
                .andExpect(status().isNoContent());

        List<String> row = jdbc.sql("SELECT topic, status, author FROM itembank_item WHERE id = ?").param(id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(row).containsExactly(topic, "APPROVED", "author");
    }

    private MockHttpSession signIn(String login) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(login).password("demo-" + login + "-2026"))
                .andReturn().getRequest().getSession(false);
    }
}
