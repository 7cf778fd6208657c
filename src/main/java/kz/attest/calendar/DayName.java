package kz.attest.calendar;

import java.util.Locale;

/** A special day's name in Kazakh, Russian and (optionally) English. */
record DayName(String kk, String ru, String en) {

    public DayName {
        kk = kk == null ? null : kk.strip();
        ru = ru == null ? null : ru.strip();
        en = en == null || en.isBlank() ? null : en.strip();
    }

    /** The name in the given language; Russian when there is no English name. */
    public String in(Locale locale) {
        return switch (locale == null ? "ru" : locale.getLanguage()) {
            case "kk" -> kk;
            case "en" -> en != null ? en : ru;
            default -> ru;
        };
    }
}
