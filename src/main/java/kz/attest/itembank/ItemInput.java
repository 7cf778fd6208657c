package kz.attest.itembank;

import java.util.ArrayList;
import java.util.List;

/**
 * A question as typed in the authoring form or sent to the API: stem and options in both languages, one option
 * marked correct. Options left blank in both languages are dropped (the form offers spare rows).
 */
record ItemInput(String stemKk, String stemRu, List<OptionInput> options) {

    /** One answer option as typed. */
    record OptionInput(String kk, String ru, Boolean correct) {
    }

    ItemContent toContent() {
        List<BankText> texts = new ArrayList<>();
        List<Boolean> correct = new ArrayList<>();
        for (OptionInput option : options == null ? List.<OptionInput>of() : options) {
            if (option == null || (blank(option.kk()) && blank(option.ru()))) {
                continue;
            }
            texts.add(new BankText(option.kk(), option.ru()));
            correct.add(Boolean.TRUE.equals(option.correct()));
        }
        return ItemContent.of(new BankText(stemKk, stemRu), texts, correct);
    }

    static ItemInput of(ItemContent content) {
        List<OptionInput> options = new ArrayList<>();
        for (int i = 0; i < content.options().size(); i++) {
            options.add(new OptionInput(content.options().get(i).kk(), content.options().get(i).ru(),
                    i == content.correctOption()));
        }
        return new ItemInput(content.stem().kk(), content.stem().ru(), options);
    }

    /** A question from an authoring page, which sends the options as parallel lists and the correct one by its row. */
    static ItemInput fromRows(String stemKk, String stemRu, List<String> optionKk, List<String> optionRu,
                              Integer correct) {
        List<OptionInput> options = new ArrayList<>();
        for (int i = 0; i < Math.max(optionKk.size(), optionRu.size()); i++) {
            options.add(new OptionInput(i < optionKk.size() ? optionKk.get(i) : "",
                    i < optionRu.size() ? optionRu.get(i) : "", correct != null && correct == i));
        }
        return new ItemInput(stemKk, stemRu, options);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
