package kz.attest.reporting;

import java.util.Locale;

/** A text in Kazakh and Russian, the two languages every document carries. */
public record Bilingual(String kk, String ru) {

    /** The text in the language of {@code locale} (Kazakh for {@code kk}, Russian otherwise). */
    public String in(Locale locale) {
        return "kk".equals(locale.getLanguage()) ? kk : ru;
    }
}
