package kz.attest.itembank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.UUID;

import static kz.attest.itembank.BankFixtures.RULES;
import static kz.attest.itembank.BankFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Questions and cases: the catalogue's content rules and the four-eyes workflow, without Spring. */
class ReviewWorkflowTests {

    Item draft() {
        return Item.draft(UUID.randomUUID(), "CIVIL_CODE", question("q", 3), false, "aliya", RULES);
    }

    @Test
    void aDraftGoesThroughReviewToApprovalByAnotherPerson_000_12() {
        Item item = draft();
        item.submit();
        item.approve("bolat");
        assertThat(item.review().status()).isEqualTo(ItemStatus.APPROVED);
        assertThat(item.review().reviewer()).isEqualTo("bolat");
        item.retire();
        assertThat(item.review().status()).isEqualTo(ItemStatus.RETIRED);
    }

    @Test
    void theAuthorCannotApproveOwnQuestion_fourEyes() {
        Item item = draft();
        item.submit();
        assertThatThrownBy(() -> item.approve("aliya"))
                .isInstanceOf(ItemBankRefusal.class).hasMessage("itembank.review.four-eyes");
    }

    @Test
    void theLastEditorCannotApproveEither_fourEyes() {
        Item item = draft();
        item.edit(question("q2", 3), "bolat", RULES);
        item.submit();
        assertThatThrownBy(() -> item.approve("bolat")).hasMessage("itembank.review.four-eyes");
        item.approve("dana");
        assertThat(item.review().status()).isEqualTo(ItemStatus.APPROVED);
    }

    @Test
    void anEditMakesANewVersion() {
        Item item = draft();
        item.edit(question("q2", 4), "aliya", RULES);
        assertThat(item.review().version()).isEqualTo(2);
        assertThat(item.content().options()).hasSize(4);
    }

    @Test
    void onlyDraftsAreEditable() {
        Item item = draft();
        item.submit();
        assertThatThrownBy(() -> item.edit(question("q2", 3), "aliya", RULES))
                .hasMessage("itembank.review.only-drafts-editable");
        item.sendBack("bolat");
        item.edit(question("q2", 3), "aliya", RULES);
        assertThat(item.review().version()).isEqualTo(2);
    }

    @Test
    void approvalNeedsReviewFirst() {
        assertThatThrownBy(() -> draft().approve("bolat")).hasMessage("itembank.review.not-in-review");
    }

    @Test
    void aRetiredQuestionCannotBeRetiredAgain() {
        Item item = draft();
        item.retire();
        assertThatThrownBy(item::retire).hasMessage("itembank.review.already-retired");
    }

    @ParameterizedTest
    @CsvSource({"CIVIL_CODE, 2, itembank.item.too-few-options", "CIVIL_CODE, 3, ",
            "INDUSTRIAL_DESIGNS, 3, itembank.item.too-few-options", "INDUSTRIAL_DESIGNS, 4, ",
            "CIVIL_CODE, 9, itembank.item.too-many-options", "NO_SUCH_LAW, 3, itembank.item.unknown-topic"})
    void minimumOptionsComeFromTheCatalogue_000_13_000_88(String topic, int options, String refusal) {
        if (refusal == null) {
            Item.draft(UUID.randomUUID(), topic, question("q", options), false, "aliya", RULES);
        } else {
            assertThatThrownBy(() -> Item.draft(UUID.randomUUID(), topic, question("q", options), false, "aliya", RULES))
                    .hasMessage(refusal);
        }
    }

    @Test
    void bothLanguagesAreRequired_000_17() {
        ItemContent noKazakh = new ItemContent(new BankText("", "вопрос"), question("q", 3).options(), 0);
        assertThatThrownBy(() -> Item.draft(UUID.randomUUID(), "CIVIL_CODE", noKazakh, false, "a", RULES))
                .hasMessage("itembank.item.stem-missing");
        List<BankText> options = List.of(new BankText("a", "а"), new BankText("b", ""), new BankText("c", "в"));
        ItemContent optionWithoutRussian = new ItemContent(new BankText("с", "в"), options, 0);
        assertThatThrownBy(() -> Item.draft(UUID.randomUUID(), "CIVIL_CODE", optionWithoutRussian, false, "a", RULES))
                .hasMessage("itembank.item.option-missing");
    }

    @ParameterizedTest
    @CsvSource({"0", "2"})
    void exactlyOneOptionIsCorrect_000_13(int marked) {
        List<Boolean> correct = new java.util.ArrayList<>(List.of(false, false, false));
        for (int i = 0; i < marked; i++) {
            correct.set(i, true);
        }
        assertThatThrownBy(() -> ItemContent.of(new BankText("с", "в"), question("q", 3).options(), correct))
                .hasMessage("itembank.item.one-correct-required");
    }

    @Test
    void aCaseGoesToReviewOnlyWithTheCataloguesQuestionCount_000_11_000_43() {
        CaseScope advocates = CaseScope.service("ADVOCATE_ATTESTATION");
        BankCase partial = BankCase.draft(UUID.randomUUID(), advocates, BankFixtures.situation("c", 5, 3), false, "a", RULES);
        assertThatThrownBy(() -> partial.submit(RULES)).hasMessage("itembank.case.question-count");
        BankCase full = BankCase.draft(UUID.randomUUID(), advocates, BankFixtures.situation("c", 12, 3), false, "a", RULES);
        full.submit(RULES);
        full.approve("b");
        assertThat(full.review().status()).isEqualTo(ItemStatus.APPROVED);
    }

    @Test
    void forensicCasesBelongToAKnownSpecialtyWithFiveTasks_000_43() {
        CaseScope handwriting = CaseScope.specialty("HANDWRITING");
        BankCase c = BankCase.draft(UUID.randomUUID(), handwriting, BankFixtures.situation("c", 5, 3), false, "a", RULES);
        c.submit(RULES);
        assertThatThrownBy(() -> BankCase.draft(UUID.randomUUID(), handwriting, BankFixtures.situation("c", 6, 3), false, "a", RULES))
                .hasMessage("itembank.case.question-count");
        assertThatThrownBy(() -> BankCase.draft(UUID.randomUUID(), CaseScope.specialty("ASTROLOGY"),
                BankFixtures.situation("c", 5, 3), false, "a", RULES)).hasMessage("itembank.case.unknown-scope");
        assertThatThrownBy(() -> BankCase.draft(UUID.randomUUID(), CaseScope.service("PATENT_ATTORNEY_ATTESTATION"),
                BankFixtures.situation("c", 5, 4), false, "a", RULES)).hasMessage("itembank.case.unknown-scope");
    }
}
