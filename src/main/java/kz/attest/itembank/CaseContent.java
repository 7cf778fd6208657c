package kz.attest.itembank;

import java.util.List;

/** The confidential part of a case: the situation in both languages and its questions, shown together (¶21). */
public record CaseContent(BankText situation, List<ItemContent> questions) {

    static final int MAX_SITUATION = 20000;

    public CaseContent {
        situation = situation == null ? new BankText("", "") : situation;
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
