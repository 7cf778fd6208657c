package kz.attest.itembank;

import java.util.Locale;

/** A text of the bank in Kazakh and Russian: the candidate chooses one of the two (¶17, ¶39, ¶64). */
public record BankText(String kk, String ru) {

    public BankText {
        kk = kk == null ? "" : kk.strip();
        ru = ru == null ? "" : ru.strip();
    }

    /** The Kazakh text for Kazakh, the Russian text for any other language. */
    public String in(Locale language) {
        return language != null && "kk".equals(language.getLanguage()) ? kk : ru;
    }

    boolean complete() {
        return !kk.isEmpty() && !ru.isEmpty();
    }

    int longest() {
        return Math.max(kk.length(), ru.length());
    }
}
