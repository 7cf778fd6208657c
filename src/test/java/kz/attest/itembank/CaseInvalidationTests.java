package kz.attest.itembank;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static kz.attest.itembank.BankFixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed 000 ¶26: a case (practical task) invalidated on an act of technical failure leaves the bank and announces
 * itself, with the same checks, audit and page/API as a question.
 */
class CaseInvalidationTests extends InvalidationTestBase {

    static final CaseScope SCOPE = CaseScope.service("ADVOCATE_ATTESTATION");

    CaseInvalidationTests() {
        super("cases");
    }

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
        invalidateByApi(id, reviewer, "r", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("itembank.invalidation.act-required"));
        invalidateByApi(id, "proctor", "r", "Акт № 4").andExpect(status().isForbidden());
        invalidationByApi(id).andExpect(status().isNotFound());
        invalidateByApi(id, reviewer, "Ошибка в условии", "Акт № 4").andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(id.toString()))
                .andExpect(jsonPath("$.actReference").value("Акт № 4"));
        invalidateByApi(id, reviewer, "again", "Акт № 5").andExpect(status().isConflict());
        invalidationByApi(id).andExpect(status().isOk()).andExpect(jsonPath("$.reason").value("Ошибка в условии"));
    }

    @Test
    void theCasePageOffersTheButtonAndShowsTheAct_000_26() throws Exception {
        UUID id = approvedCase();
        page(id, "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"invalidate-form\"")));
        invalidateOnPage(id, "", "Акт № 12").andExpect(redirectedUrl("/itembank/cases/" + id));
        assertThat(invalidations.findCase(id)).isEmpty();
        invalidateOnPage(id, "Ошибка в ключе задания", "Акт № 12").andExpect(redirectedUrl("/itembank/cases/" + id));
        page(id, "kk").andExpect(status().isOk())
                .andExpect(content().string(containsString("Акт № 12")))
                .andExpect(content().string(not(containsString("id=\"invalidate-form\""))));
    }
}
