package kz.attest.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Optional;
import java.util.regex.Pattern;

/** The stable code of a service, e.g. {@code ADVOCATE_ATTESTATION}; which codes exist is catalogue data. */
public record ServiceCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public ServiceCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A service code is upper-case letters, digits and '_': " + value);
        }
    }

    @JsonCreator
    public static ServiceCode of(String value) {
        return new ServiceCode(value);
    }

    /** The code if the text is well-formed, e.g. from a URL. */
    public static Optional<ServiceCode> parse(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new ServiceCode(text)) : Optional.empty();
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
