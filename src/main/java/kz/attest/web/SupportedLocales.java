package kz.attest.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The platform's languages: Kazakh (state language), Russian (official), English (for developers). */
public final class SupportedLocales {

    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DEFAULT = RUSSIAN;
    public static final List<Locale> ALL = List.of(KAZAKH, RUSSIAN, ENGLISH);
    static final String COOKIE = "attest-lang";

    private SupportedLocales() {
    }

    /** The supported locale for a language tag such as {@code kk}, {@code ru-RU} or {@code en}. */
    public static Optional<Locale> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return ALL.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    public static Locale orDefault(Locale locale) {
        return locale == null ? DEFAULT : of(locale.toLanguageTag()).orElse(DEFAULT);
    }
}
