package kz.attest.itembank;

import kz.attest.web.Refusal.Kind;

import java.util.UUID;

/**
 * A step of the four-eyes review that the authors' pages and API take on a question or a case, named by the word in
 * its address ({@code …/items/{id}/send-back}); any other word is a 404.
 */
enum ReviewAction {

    SUBMIT("submit", ItemBank::submitItem, ItemBank::submitCase),
    APPROVE("approve", ItemBank::approveItem, ItemBank::approveCase),
    SEND_BACK("send-back", ItemBank::sendBackItem, ItemBank::sendBackCase),
    RETIRE("retire", ItemBank::retireItem, ItemBank::retireCase);

    private final String word;
    private final Step onItem;
    private final Step onCase;

    ReviewAction(String word, Step onItem, Step onCase) {
        this.word = word;
        this.onItem = onItem;
        this.onCase = onCase;
    }

    static ReviewAction named(String word) {
        for (ReviewAction action : values()) {
            if (action.word.equals(word)) {
                return action;
            }
        }
        throw new ItemBankRefusal(Kind.NOT_FOUND, "itembank.unknown-action", word);
    }

    void onItem(ItemBank bank, UUID id, String actor) {
        onItem.take(bank, id, actor);
    }

    void onCase(ItemBank bank, UUID id, String actor) {
        onCase.take(bank, id, actor);
    }

    /** One of the bank's review methods, each audited under its own action. */
    @FunctionalInterface
    private interface Step {
        void take(ItemBank bank, UUID id, String actor);
    }
}
