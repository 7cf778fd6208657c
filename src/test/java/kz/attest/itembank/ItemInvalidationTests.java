package kz.attest.itembank;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static kz.attest.itembank.BankFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Seed 000 ¶26: a question invalidated on an act of technical failure leaves the bank and announces itself. */
class ItemInvalidationTests extends InvalidationTestBase {

    @Autowired
    Forms forms;

    ItemInvalidationTests() {
        super("items");
    }

    UUID approved() {
        UUID id = bank.createItem(new ItemDraft("CIVIL_CODE", question("inv", 3), false), author);
        bank.submitItem(id, author);
        bank.approveItem(id, reviewer);
        return id;
    }

    @Test
    void anInvalidatedQuestionIsRetiredAuditedAndAnnounced_000_26() {
        UUID id = approved();
        ItemInvalidated result = invalidations.invalidate(id, " Ключ неверен ", "Акт № 7 от 20.11.2026", reviewer);

        assertThat(result.itemId()).isEqualTo(id);
        assertThat(result.reason()).isEqualTo("Ключ неверен");
        assertThat(events.stream(ItemInvalidated.class)).containsExactly(result);
        assertThat(bank.itemSummary(id).orElseThrow().status()).isEqualTo(ItemStatus.RETIRED);
        assertThat(invalidations.find(id)).hasValueSatisfying(i -> {
            assertThat(i.actReference()).isEqualTo("Акт № 7 от 20.11.2026");
            assertThat(i.by()).isEqualTo(reviewer);
        });
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY seq").param(id.toString())
                .query(String.class).list()).endsWith("itembank.item-invalidated");
        // retired: no longer in the approved pool forms are drawn from
        assertThat(jdbc.sql("SELECT count(*) FROM itembank_item WHERE id = ? AND status = 'APPROVED'").param(id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anAlreadyRetiredQuestionCanStillBeInvalidatedOnce_000_26() {
        UUID id = approved();
        bank.retireItem(id, reviewer);
        invalidations.invalidate(id, "Опечатка в варианте", "Акт № 8", reviewer);
        assertThatThrownBy(() -> invalidations.invalidate(id, "again", "Акт № 9", reviewer))
                .isInstanceOf(ItemBankRefusal.class).hasMessage("itembank.invalidation.already");
        assertThat(events.stream(ItemInvalidated.class)).hasSize(1);
    }

    @Test
    void invalidationNeedsAReasonAnActAnotherPersonAndAnApprovedQuestion_000_26() {
        UUID id = approved();
        assertThatThrownBy(() -> invalidations.invalidate(id, " ", "Акт № 1", reviewer))
                .hasMessage("itembank.invalidation.reason-required");
        assertThatThrownBy(() -> invalidations.invalidate(id, "reason", null, reviewer))
                .hasMessage("itembank.invalidation.act-required");
        assertThatThrownBy(() -> invalidations.invalidate(id, "reason", "Акт № 1", author))
                .hasMessage("itembank.review.four-eyes");
        UUID draft = bank.createItem(new ItemDraft("CIVIL_CODE", question("draft", 3), false), author);
        assertThatThrownBy(() -> invalidations.invalidate(draft, "reason", "Акт № 1", reviewer))
                .hasMessage("itembank.invalidation.never-approved");
        assertThat(events.stream(ItemInvalidated.class)).isEmpty();
        assertThat(bank.itemSummary(id).orElseThrow().status()).isEqualTo(ItemStatus.APPROVED);
        bank.retireItem(id, reviewer); // keep the live pool to the demonstration bank for other tests
    }

    @Test
    void theApiInvalidatesAndRefusesWithProblemDetails_000_26() throws Exception {
        UUID id = approved();
        invalidateByApi(id, reviewer, "", "Акт № 3").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("itembank.invalidation.reason-required"));
        invalidateByApi(id, "proctor", "r", "Акт № 3").andExpect(status().isForbidden());
        invalidateByApi(id, reviewer, "Два верных ответа", "Акт № 3").andExpect(status().isOk())
                .andExpect(jsonPath("$.itemId").value(id.toString()))
                .andExpect(jsonPath("$.actReference").value("Акт № 3"));
        invalidationByApi(id).andExpect(status().isOk()).andExpect(jsonPath("$.reason").value("Два верных ответа"));
        assertThat(events.stream(ItemInvalidated.class).map(ItemInvalidated::itemId).toList()).isEqualTo(List.of(id));
    }

    @Test
    void theItemPageOffersTheButtonAndShowsTheAct_000_26() throws Exception {
        UUID id = approved();
        page(id, "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"invalidate-form\"")));
        invalidateOnPage(id, "Ошибка в ключе", "Акт № 11").andExpect(redirectedUrl("/itembank/items/" + id));
        page(id, "en").andExpect(status().isOk())
                .andExpect(content().string(containsString("Акт № 11")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"invalidate-form\""))));
    }
}
