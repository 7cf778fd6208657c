package kz.attest.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A syntactically valid e-mail address (RFC 5321 limits), kept with a lower-case domain. */
record EmailAddress(String value) {

    static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    // dot-atom local part and a domain of at least two labels: what mail servers accept in practice
    private static final Pattern SYNTAX = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an e-mail address");
        }
    }

    static Optional<EmailAddress> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        int at = s.lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        String normalised = s.substring(0, at) + s.substring(at).toLowerCase(Locale.ROOT);
        return isValid(normalised) ? Optional.of(new EmailAddress(normalised)) : Optional.empty();
    }

    private static boolean isValid(String s) {
        return s != null && s.length() <= MAX_LENGTH && s.indexOf('@') > 0 && s.indexOf('@') <= MAX_LOCAL_PART
                && SYNTAX.matcher(s).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
