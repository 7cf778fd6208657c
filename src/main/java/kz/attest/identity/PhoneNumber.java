package kz.attest.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/** A Kazakh mobile number, kept as {@code +77XXXXXXXXX}; notices go to it by SMS (seed 000 ¶7, ¶38). */
record PhoneNumber(String value) {

    private static final Pattern NORMALISED = Pattern.compile("\\+77\\d{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");
    static final int MAX_INPUT_LENGTH = 32;

    PhoneNumber {
        if (value == null || !NORMALISED.matcher(value).matches()) {
            throw new IllegalArgumentException("not a normalised Kazakh mobile number");
        }
    }

    /**
     * Accepts the ways people write it: {@code +7 701 234 56 78}, {@code 8 (701) 234-56-78}, {@code 87012345678},
     * {@code 77012345678}. Empty when it is not a Kazakh mobile number.
     */
    static Optional<PhoneNumber> parse(String raw) {
        if (raw == null || raw.length() > MAX_INPUT_LENGTH) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(raw).replaceAll("");
        String national;
        if (digits.startsWith("+7")) {
            national = digits.substring(2);
        } else if (digits.length() == 11 && (digits.startsWith("8") || digits.startsWith("7"))) {
            national = digits.substring(1);
        } else {
            return Optional.empty();
        }
        String candidate = "+7" + national;
        return NORMALISED.matcher(candidate).matches() ? Optional.of(new PhoneNumber(candidate)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
