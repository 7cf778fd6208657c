package kz.attest.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * Where and in which language a person is told about their case (seed 000 ¶7, ¶38).
 *
 * @param email    the e-mail address, or {@code null} when the person gave none
 * @param phone    the mobile number as {@code +77XXXXXXXXX}, or {@code null}
 * @param language the language the person chose last
 */
public record ContactDetails(String email, String phone, Locale language) {

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email).filter(value -> !value.isBlank());
    }

    public Optional<String> mobilePhone() {
        return Optional.ofNullable(phone).filter(value -> !value.isBlank());
    }
}
