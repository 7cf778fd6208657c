package kz.attest.itembank;

import kz.attest.web.Refusal;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/** The word in a review address picks one step of the bank's review, for a question or a case; without Spring. */
class ReviewActionTests {

    private final ItemBank bank = mock(ItemBank.class);
    private final UUID id = UUID.randomUUID();

    @Test
    void eachWordTakesItsOwnStepOnAQuestionOrACase() {
        for (String word : new String[]{"submit", "approve", "send-back", "retire"}) {
            ReviewAction.named(word).onItem(bank, id, "by " + word);
            ReviewAction.named(word).onCase(bank, id, "by " + word);
        }
        verify(bank).submitItem(id, "by submit");
        verify(bank).submitCase(id, "by submit");
        verify(bank).approveItem(id, "by approve");
        verify(bank).approveCase(id, "by approve");
        verify(bank).sendBackItem(id, "by send-back");
        verify(bank).sendBackCase(id, "by send-back");
        verify(bank).retireItem(id, "by retire");
        verify(bank).retireCase(id, "by retire");
        verifyNoMoreInteractions(bank);
    }

    @Test
    void anyOtherWordIsNotFound() {
        for (String word : new String[]{"publish", "SUBMIT", "send_back", ""}) {
            assertThatThrownBy(() -> ReviewAction.named(word)).isInstanceOfSatisfying(ItemBankRefusal.class, refusal -> {
                assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
                assertThat(refusal.messageKey()).isEqualTo("itembank.unknown-action");
                assertThat(refusal.arguments()).containsExactly(word);
            });
        }
    }
}
