package kz.attest.catalogue;

import java.util.Locale;

/** A text in Kazakh (state language), Russian (official language) and English. */
public record LocalizedText(String kk, String ru, String en) {

    /** The text in the given language; Russian for any language the platform does not speak. */
    public String in(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        return switch (language) {
            case "kk" -> kk;
            case "en" -> en;
            default -> ru;
        };
    }

    /** The language codes whose text is missing or blank, in the order kk, ru, en. */
    java.util.List<String> missingLanguages() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (kk == null || kk.isBlank()) missing.add("kk");
        if (ru == null || ru.isBlank()) missing.add("ru");
        if (en == null || en.isBlank()) missing.add("en");
        return missing;
    }
}
