package kz.attest.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An individual identification number (ИИН / ЖСН): 12 digits — birth date YYMMDD, a century-and-sex digit (1–6),
 * a 4-digit serial and a check digit (lifecycle.md, "IIN"). Only valid numbers can be constructed.
 */
public record Iin(String value) {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    public Iin {
        IinCheck check = check(value, null);
        if (!check.valid()) {
            throw new InvalidIinException(check.reason());
        }
    }

    /** A valid IIN, or {@link InvalidIinException} naming the reason. */
    public static Iin of(String raw) {
        return new Iin(raw == null ? null : raw.strip());
    }

    public LocalDate birthDate() {
        return check(value, null).birthDate();
    }

    public Sex sex() {
        return check(value, null).sex();
    }

    /**
     * Checks a candidate number. {@code today} (nullable) additionally refuses birth dates in the future.
     * Reasons are checked in order: presence, length, digits, century digit, birth date, check digit.
     */
    public static IinCheck check(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            return IinCheck.invalid(Reason.REQUIRED);
        }
        String s = raw.strip();
        if (s.length() != 12) {
            return IinCheck.invalid(Reason.LENGTH);
        }
        int[] d = new int[12];
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return IinCheck.invalid(Reason.NOT_DIGITS);
            }
            d[i] = c - '0';
        }
        int centuryDigit = d[6];
        if (centuryDigit < 1 || centuryDigit > 6) {
            return IinCheck.invalid(Reason.CENTURY_SEX_DIGIT);
        }
        int century = 1800 + 100 * ((centuryDigit - 1) / 2);
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(century + d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]);
        } catch (DateTimeException e) {
            return IinCheck.invalid(Reason.BIRTH_DATE);
        }
        if (today != null && birthDate.isAfter(today)) {
            return IinCheck.invalid(Reason.BIRTH_DATE_IN_FUTURE);
        }
        int control = weightedSum(d, FIRST_WEIGHTS) % 11;
        if (control == 10) {
            control = weightedSum(d, SECOND_WEIGHTS) % 11;
            if (control == 10) {
                return IinCheck.invalid(Reason.CHECK_DIGIT_UNCOMPUTABLE);
            }
        }
        if (control != d[11]) {
            return IinCheck.invalid(Reason.CHECK_DIGIT);
        }
        return new IinCheck(true, null, birthDate, centuryDigit % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    /** The check digit the first eleven digits call for, or -1 when none can be computed (both passes give 10). */
    public static int checkDigitFor(String firstEleven) {
        Objects.requireNonNull(firstEleven);
        int[] d = firstEleven.chars().map(c -> c - '0').toArray();
        int control = weightedSum(d, FIRST_WEIGHTS) % 11;
        if (control == 10) {
            control = weightedSum(d, SECOND_WEIGHTS) % 11;
        }
        return control == 10 ? -1 : control;
    }

    private static int weightedSum(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += digits[i] * weights[i];
        }
        return sum;
    }

    @Override
    public String toString() {
        return value;
    }

    public enum Sex { MALE, FEMALE }

    /** Why a number is not a valid IIN; each has a message key {@code iin.invalid.<name in kebab case>}. */
    public enum Reason {
        REQUIRED, LENGTH, NOT_DIGITS, CENTURY_SEX_DIGIT, BIRTH_DATE, BIRTH_DATE_IN_FUTURE, CHECK_DIGIT,
        CHECK_DIGIT_UNCOMPUTABLE;

        public String messageKey() {
            return "iin.invalid." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The outcome of checking a number: valid with the birth date and sex it encodes, or the reason it is not. */
    public record IinCheck(boolean valid, Reason reason, LocalDate birthDate, Sex sex) {
        static IinCheck invalid(Reason reason) {
            return new IinCheck(false, reason, null, null);
        }
    }

    /** Thrown when an invalid number is used as an IIN. */
    public static final class InvalidIinException extends kz.attest.web.Refusal {
        private final Reason reason;

        InvalidIinException(Reason reason) {
            super(Kind.BAD_INPUT, reason.messageKey());
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
