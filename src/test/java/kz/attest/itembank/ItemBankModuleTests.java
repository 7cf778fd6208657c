package kz.attest.itembank;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.util.UUID;

import static kz.attest.itembank.BankFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The item-bank module booted with what it depends on (audit, catalogue, identity, signature): a question invalidated
 * on an act of technical failure announces itself to the delivery side (seed 000 ¶26), which the scenario waits for
 * instead of polling; a second invalidation is refused in the module's words.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class ItemBankModuleTests {

    @Autowired
    private ItemBank bank;
    @Autowired
    private ItemInvalidations invalidations;

    @Test
    void anInvalidatedQuestionIsAnnouncedOnceAndRefusedTwice_000_26(Scenario scenario) {
        String author = "author-" + UUID.randomUUID();
        String reviewer = "reviewer-" + UUID.randomUUID();
        UUID id = bank.createItem(new ItemDraft("CIVIL_CODE", question("module", 3), false), author);
        bank.submitItem(id, author);
        bank.approveItem(id, reviewer);

        scenario.stimulate(() -> invalidations.invalidate(id, "Ключ неверен", "Акт № 9", reviewer))
                .andWaitForEventOfType(ItemInvalidated.class)
                .matching(event -> event.itemId().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.actReference()).isEqualTo("Акт № 9");
                    assertThat(bank.itemSummary(id).orElseThrow().status()).isEqualTo(ItemStatus.RETIRED);
                });
        assertThatThrownBy(() -> invalidations.invalidate(id, "again", "Акт № 10", reviewer))
                .isInstanceOfSatisfying(ItemBankRefusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(kz.attest.web.Refusal.Kind.WRONG_STATE);
                    assertThat(refusal.messageKey()).isEqualTo("itembank.invalidation.already");
                });
    }
}
