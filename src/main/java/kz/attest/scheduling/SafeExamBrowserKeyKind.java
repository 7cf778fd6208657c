package kz.attest.scheduling;


import kz.attest.web.Refusal.Kind;

import java.util.Locale;

/**
 * Which Safe Exam Browser key a hall's workstations prove on every request, each hashed with the absolute URL
 * (SHA-256 of URL + key, hex): the configuration key ({@code X-SafeExamBrowser-ConfigKeyHash}), the same for every
 * SEB version using the hall's configuration; or the Browser Exam Key ({@code X-SafeExamBrowser-RequestHash}), which
 * also binds the SEB build and so changes with each SEB release.
 */
public enum SafeExamBrowserKeyKind {
    CONFIG_KEY("X-SafeExamBrowser-ConfigKeyHash"),
    BROWSER_EXAM_KEY("X-SafeExamBrowser-RequestHash");

    private final String header;

    SafeExamBrowserKeyKind(String header) {
        this.header = header;
    }

    /** The request header carrying this key's hash. */
    public String header() {
        return header;
    }

    /** The kind an administrator chose; blank means the configuration key; 400 for anything else. */
    static SafeExamBrowserKeyKind parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return CONFIG_KEY;
        }
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.hall.invalid-seb-key-kind");
        }
    }

    /** The stored name, defaulting to the configuration key (rows from before the choice existed). */
    public static SafeExamBrowserKeyKind ofStored(String stored) {
        return stored == null ? CONFIG_KEY : valueOf(stored);
    }
}
