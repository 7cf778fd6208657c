package kz.attest.itembank;

import java.util.List;

/** The confidential part of a case: the situation in both languages and its questions, shown together (¶21). */
public record CaseContent(BankText situation, List<ItemContent> questions) {

    static final int MAX_SITUATION = 20000;

    public CaseContent {
        situation = situation == null ? new BankText("", "") : situation;
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** The language every text of the case lacks while the other is there throughout (a one-language draft). */
    java.util.Optional<String> missingLanguage() {
        java.util.Optional<String> situationMissing = new ItemContent(situation, List.of(), 0).missingLanguage();
        if (situationMissing.isEmpty()) {
            return situationMissing;
        }
        return questions.stream().allMatch(q -> q.missingLanguage().equals(situationMissing))
                ? situationMissing : java.util.Optional.empty();
    }
}
