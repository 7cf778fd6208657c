package kz.attest.identity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Is a new password good enough? Every rule is a named check returning the reason as a message key. */
interface PasswordPolicy {

    int MIN_LENGTH = 10;
    /** BCrypt reads only the first 72 bytes; a longer password would be silently truncated (or refused by the encoder). */
    int MAX_BYTES = 72;

    Optional<FieldRefusal> check(String password, String iin);

    PasswordPolicy LONG_ENOUGH = (password, iin) -> password.codePointCount(0, password.length()) < MIN_LENGTH
            ? refuse("identity.password.too-short", MIN_LENGTH) : Optional.empty();

    PasswordPolicy NOT_TOO_LONG = (password, iin) -> password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES
            ? refuse("identity.password.too-long", MAX_BYTES) : Optional.empty();

    PasswordPolicy LETTERS_AND_DIGITS = (password, iin) ->
            password.codePoints().anyMatch(Character::isLetter) && password.codePoints().anyMatch(Character::isDigit)
                    ? Optional.empty() : refuse("identity.password.letters-and-digits");

    PasswordPolicy NOT_THE_IIN = (password, iin) -> iin != null && password.strip().contains(iin.strip())
            && !iin.isBlank() ? refuse("identity.password.contains-iin") : Optional.empty();

    static List<PasswordPolicy> all() {
        return List.of(LONG_ENOUGH, NOT_TOO_LONG, LETTERS_AND_DIGITS, NOT_THE_IIN);
    }

    /** The first refusal of the password, or empty when every rule accepts it. */
    static Optional<FieldRefusal> firstRefusal(String password, String iin) {
        if (password == null || password.isEmpty()) {
            return refuse("identity.password.required");
        }
        return all().stream().map(rule -> rule.check(password, iin)).flatMap(Optional::stream).findFirst();
    }

    private static Optional<FieldRefusal> refuse(String key, Object... args) {
        return Optional.of(new FieldRefusal("password", key, args));
    }
}
