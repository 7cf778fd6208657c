package kz.attest.scheduling;


import kz.attest.web.Refusal.Kind;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the candidate shows at check-in (¶15, ¶42, ¶67): an identity card, a passport, or a digital identity document
 * from the digital documents service. The number formats are those of Kazakh documents.
 */
enum IdentityDocumentType {
    /** Identity card: nine digits. */
    ID_CARD("\\d{9}"),
    /** Passport: a letter and eight digits, e.g. N12345678. */
    PASSPORT("[A-Z]\\d{8}"),
    /** The digital copy of the identity card in the digital documents service: the card's nine digits. */
    DIGITAL_ID("\\d{9}");

    private final Pattern number;

    IdentityDocumentType(String number) {
        this.number = Pattern.compile(number);
    }

    static IdentityDocumentType parse(String text) {
        if (text != null) {
            for (IdentityDocumentType type : values()) {
                if (type.name().equalsIgnoreCase(text.strip())) {
                    return type;
                }
            }
        }
        throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.check-in.invalid-document-type");
    }

    /** The number normalised (no spaces, upper case); 400 when it does not have this document's format. */
    String number(String text) {
        String value = text == null ? "" : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!number.matcher(value).matches() || placeholder(value)) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.check-in.invalid-document-number");
        }
        return value;
    }

    /** "000000000", "N11111111": the format without a number (issue 14), one digit repeated throughout. */
    private static boolean placeholder(String value) {
        String digits = value.replaceAll("\\D", "");
        return digits.chars().distinct().count() <= 1;
    }
}
