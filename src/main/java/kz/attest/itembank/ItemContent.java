package kz.attest.itembank;

import kz.attest.web.Refusal.Kind;

import java.util.List;

/**
 * The confidential part of a single-choice question: stem and options in both languages and the one correct option
 * (¶13: at least three options with one correct; ¶88: at least four for patent attorneys). Stored only encrypted.
 *
 * @param correctOption index of the correct option in {@code options}, 0-based
 * @param layout        how the options may be reordered for a candidate (shuffled unless the author fixed them)
 */
public record ItemContent(BankText stem, List<BankText> options, int correctOption, OptionLayout layout) {

    static final int MAX_OPTIONS = 8;
    static final int MAX_STEM = 4000;
    static final int MAX_OPTION = 1000;

    public ItemContent {
        stem = stem == null ? new BankText("", "") : stem;
        options = options == null ? List.of() : List.copyOf(options);
        layout = layout == null ? OptionLayout.SHUFFLED : layout;
    }

    /** Content whose options are shuffled freely for every candidate. */
    public ItemContent(BankText stem, List<BankText> options, int correctOption) {
        this(stem, options, correctOption, OptionLayout.SHUFFLED);
    }

    /** The same content with another option layout. */
    ItemContent withLayout(OptionLayout changed) {
        return new ItemContent(stem, options, correctOption, changed);
    }

    /** The language a one-language draft still needs ("kk" or "ru"), or null: for the pages. */
    public String needsTranslation() {
        return missingLanguage().orElse(null);
    }

    /**
     * The language no text of this question is written in ("kk" or "ru") when every text is in the other one only:
     * a one-language draft waiting for its translation; empty otherwise.
     */
    java.util.Optional<String> missingLanguage() {
        List<BankText> texts = new java.util.ArrayList<>(options);
        texts.add(stem);
        if (texts.stream().allMatch(t -> t.kk().isEmpty() && !t.ru().isEmpty())) {
            return java.util.Optional.of("kk");
        }
        if (texts.stream().allMatch(t -> t.ru().isEmpty() && !t.kk().isEmpty())) {
            return java.util.Optional.of("ru");
        }
        return java.util.Optional.empty();
    }

    /** Builds content from options each marked correct or not; refuses unless exactly one is marked. */
    public static ItemContent of(BankText stem, List<BankText> options, List<Boolean> correct) {
        int marked = 0;
        int index = -1;
        for (int i = 0; i < correct.size(); i++) {
            if (Boolean.TRUE.equals(correct.get(i))) {
                marked++;
                index = i;
            }
        }
        if (marked != 1) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.item.one-correct-required", marked);
        }
        return new ItemContent(stem, options, index);
    }

    /** Refuses content a candidate could not answer: a language missing, too few options, no single key. */
    void check(int minimumOptions) {
        check(minimumOptions, true);
    }

    /** As {@link #check(int)}; with {@code bothLanguages} false a one-language draft passes (it cannot be submitted). */
    void check(int minimumOptions, boolean bothLanguages) {
        if (!bothLanguages && missingLanguage().isPresent()) {
            withBothLanguages().check(minimumOptions, true);
            return;
        }
        if (!stem.complete()) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.item.stem-missing");
        }
        if (stem.longest() > MAX_STEM) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.item.stem-too-long", MAX_STEM);
        }
        if (options.size() < minimumOptions) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.item.too-few-options", minimumOptions, options.size());
        }
        if (options.size() > MAX_OPTIONS) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.item.too-many-options", MAX_OPTIONS);
        }
        for (int i = 0; i < options.size(); i++) {
            if (!options.get(i).complete()) {
                throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.item.option-missing", i + 1);
            }
            if (options.get(i).longest() > MAX_OPTION) {
                throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.item.option-too-long", i + 1, MAX_OPTION);
            }
        }
        if (correctOption < 0 || correctOption >= options.size()) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.item.one-correct-required", 0);
        }
        if (layout.fixed().stream().anyMatch(i -> i >= options.size())) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.item.fixed-out-of-range", options.size());
        }
    }

    /** The one language copied into the other, to check everything but the translation. */
    private ItemContent withBothLanguages() {
        return new ItemContent(both(stem), options.stream().map(ItemContent::both).toList(), correctOption, layout);
    }

    private static BankText both(BankText text) {
        String one = text.kk().isEmpty() ? text.ru() : text.kk();
        return new BankText(one, one);
    }
}
