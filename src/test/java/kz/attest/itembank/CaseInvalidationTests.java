package kz.attest.itembank;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.UUID;

import static kz.attest.itembank.BankFixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed 000 ¶26: a case (practical task) invalidated on an act of technical failure leaves the bank and announces
 * itself, with the same checks, audit and page/API as a question.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CaseInvalidationTests {

    static final CaseScope SCOPE = CaseScope.service("ADVOCATE_ATTESTATION");

    @Autowired
    ItemBank bank;
    @Autowired
    ItemInvalidations invalidations;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    String author = "author-" + UUID.randomUUID();
    String reviewer = "reviewer-" + UUID.randomUUID();

    UUID approvedCase() {
        BankRules.CaseRule rule = BankFixtures.RULES.caseRule(SCOPE);
        UUID id = bank.createCase(new CaseDraft(SCOPE,
                situation("inv", rule.questionsPerCase(), rule.minimumOptions()), false), author);
        bank.submitCase(id, author);
        bank.approveCase(id, reviewer);
        return id;
    }

    @Test
    void anInvalidatedCaseIsRetiredAuditedAndAnnounced_000_26() {
        UUID id = approvedCase();
        CaseInvalidated result = invalidations.invalidateCase(id, " Неверный ключ задания ", "Акт № 31 от 21.11.2026",
                reviewer);

        assertThat(result.caseId()).isEqualTo(id);
        assertThat(result.reason()).isEqualTo("Неверный ключ задания");
        assertThat(events.stream(CaseInvalidated.class)).containsExactly(result);
        assertThat(bank.cases(java.util.Optional.of(ItemStatus.APPROVED), 500).stream()
                .map(CaseSummary::id)).doesNotContain(id);
        assertThat(invalidations.findCase(id)).hasValueSatisfying(i -> {
            assertThat(i.actReference()).isEqualTo("Акт № 31 от 21.11.2026");
            assertThat(i.by()).isEqualTo(reviewer);
        });
        assertThat(invalidations.invalidatedCasesAmong(List.of(id, UUID.randomUUID()))).containsExactly(id);
        assertThat(jdbc.sql("SELECT status FROM itembank_case WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("RETIRED");
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY seq").param(id.toString())
                .query(String.class).list()).endsWith("itembank.case-invalidated");
    }

    @Test
    void caseInvalidationNeedsAReasonAnActAnotherPersonAnApprovedCaseAndHappensOnce_000_26() {
        UUID id = approvedCase();
        assertThatThrownBy(() -> invalidations.invalidateCase(id, " ", "Акт № 1", reviewer))
                .hasMessage("itembank.invalidation.reason-required");
        assertThatThrownBy(() -> invalidations.invalidateCase(id, "reason", "", reviewer))
                .hasMessage("itembank.invalidation.act-required");
        assertThatThrownBy(() -> invalidations.invalidateCase(id, "reason", "Акт № 1", author))
                .hasMessage("itembank.review.four-eyes");
        assertThatThrownBy(() -> invalidations.invalidateCase(UUID.randomUUID(), "reason", "Акт № 1", reviewer))
                .hasMessage("itembank.case.not-found");
        BankRules.CaseRule rule = BankFixtures.RULES.caseRule(SCOPE);
        UUID draft = bank.createCase(new CaseDraft(SCOPE,
                situation("draft", rule.questionsPerCase(), rule.minimumOptions()), false), author);
        assertThatThrownBy(() -> invalidations.invalidateCase(draft, "reason", "Акт № 1", reviewer))
                .hasMessage("itembank.case-invalidation.never-approved");
        assertThat(events.stream(CaseInvalidated.class)).isEmpty();

        bank.retireCase(id, reviewer);   // an already retired case can still be invalidated, once
        invalidations.invalidateCase(id, "Опечатка в ситуации", "Акт № 2", reviewer);
        assertThatThrownBy(() -> invalidations.invalidateCase(id, "again", "Акт № 3", reviewer))
                .isInstanceOf(ItemBankRefusal.class).hasMessage("itembank.case-invalidation.already");
        assertThat(events.stream(CaseInvalidated.class)).hasSize(1);
    }

    @Test
    void theApiInvalidatesACaseAndRefusesWithProblemDetails_000_26() throws Exception {
        UUID id = approvedCase();
        mvc.perform(BankFixtures.invalidation("cases", id, reviewer, "QUESTION_AUTHOR", "r", "").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("itembank.invalidation.act-required"));
        mvc.perform(BankFixtures.invalidation("cases", id, "proctor", "PROCTOR", "r", "Акт № 4"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/itembank/cases/{id}/invalidation", id).with(user(reviewer).roles("QUESTION_AUTHOR")))
                .andExpect(status().isNotFound());
        mvc.perform(BankFixtures.invalidation("cases", id, reviewer, "QUESTION_AUTHOR", "Ошибка в условии", "Акт № 4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(id.toString()))
                .andExpect(jsonPath("$.actReference").value("Акт № 4"));
        mvc.perform(BankFixtures.invalidation("cases", id, reviewer, "QUESTION_AUTHOR", "again", "Акт № 5"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/itembank/cases/{id}/invalidation", id).with(user(reviewer).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reason").value("Ошибка в условии"));
    }

    @Test
    void theCasePageOffersTheButtonAndShowsTheAct_000_26() throws Exception {
        UUID id = approvedCase();
        mvc.perform(get("/itembank/cases/{id}", id).param("lang", "en").with(user(reviewer).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"invalidate-form\"")));
        mvc.perform(post("/itembank/cases/{id}/invalidate", id).with(user(reviewer).roles("QUESTION_AUTHOR"))
                        .with(csrf()).param("reason", "").param("actReference", "Акт № 12"))
                .andExpect(redirectedUrl("/itembank/cases/" + id));
        assertThat(invalidations.findCase(id)).isEmpty();
        mvc.perform(post("/itembank/cases/{id}/invalidate", id).with(user(reviewer).roles("QUESTION_AUTHOR"))
                        .with(csrf()).param("reason", "Ошибка в ключе задания").param("actReference", "Акт № 12"))
                .andExpect(redirectedUrl("/itembank/cases/" + id));
        mvc.perform(get("/itembank/cases/{id}", id).param("lang", "kk").with(user(reviewer).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Акт № 12")))
                .andExpect(content().string(not(containsString("id=\"invalidate-form\""))));
    }
}
