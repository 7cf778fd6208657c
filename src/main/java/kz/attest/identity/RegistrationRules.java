package kz.attest.identity;

import kz.attest.web.SupportedLocales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a registration field by field and collects every refusal at once, so the form can show each message next
 * to its field. Only a registration without refusals becomes a {@link ValidRegistration}.
 */
final class RegistrationRules {

    static final int MAX_NAME_LENGTH = 100;

    private RegistrationRules() {
    }

    /** The registration with normalised values, or {@link RegistrationRefused} listing every refused field. */
    static ValidRegistration validate(ApplicantRegistration form, LocalDate today) {
        List<FieldRefusal> refusals = new ArrayList<>();

        Iin.IinCheck iinCheck = Iin.check(form.iin(), today);
        if (!iinCheck.valid()) {
            refusals.add(new FieldRefusal("iin", iinCheck.reason().messageKey()));
        }
        String surname = name("surname", form.surname(), true, refusals);
        String givenName = name("givenName", form.givenName(), true, refusals);
        String patronymic = name("patronymic", form.patronymic(), false, refusals);

        Optional<EmailAddress> email = Optional.empty();
        if (isBlank(form.email())) {
            refusals.add(new FieldRefusal("email", "identity.email.required"));
        } else if (form.email().strip().length() > EmailAddress.MAX_LENGTH) {
            refusals.add(new FieldRefusal("email", "identity.email.too-long", EmailAddress.MAX_LENGTH));
        } else {
            email = EmailAddress.parse(form.email());
            if (email.isEmpty()) {
                refusals.add(new FieldRefusal("email", "identity.email.invalid"));
            }
        }

        Optional<PhoneNumber> phone = Optional.empty();
        if (isBlank(form.phone())) {
            refusals.add(new FieldRefusal("phone", "identity.phone.required"));
        } else {
            phone = PhoneNumber.parse(form.phone());
            if (phone.isEmpty()) {
                refusals.add(new FieldRefusal("phone", "identity.phone.invalid"));
            }
        }

        PasswordPolicy.firstRefusal(form.password(), form.iin()).ifPresent(refusals::add);
        if (form.password() != null && !form.password().equals(form.passwordConfirmation())) {
            refusals.add(new FieldRefusal("passwordConfirmation", "identity.password.mismatch"));
        }

        Optional<Locale> language = SupportedLocales.of(form.language());
        if (language.isEmpty()) {
            refusals.add(new FieldRefusal("language", "identity.language.unsupported", "kk, ru, en"));
        }

        if (!refusals.isEmpty()) {
            throw new RegistrationRefused(refusals);
        }
        return new ValidRegistration(Iin.of(form.iin()), surname, givenName, patronymic, email.orElseThrow(),
                phone.orElseThrow(), form.password(), language.orElseThrow());
    }

    private static String name(String field, String raw, boolean required, List<FieldRefusal> refusals) {
        if (isBlank(raw)) {
            if (required) {
                refusals.add(new FieldRefusal(field, "identity.name.required"));
            }
            return null;
        }
        String value = raw.strip().replaceAll("\\s+", " ");
        if (value.codePointCount(0, value.length()) > MAX_NAME_LENGTH) {
            refusals.add(new FieldRefusal(field, "identity.name.too-long", MAX_NAME_LENGTH));
        } else if (value.codePoints().anyMatch(Character::isISOControl)) {
            refusals.add(new FieldRefusal(field, "identity.name.invalid"));
        }
        return value;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A registration every rule accepted; values normalised. */
    record ValidRegistration(Iin iin, String surname, String givenName, String patronymic, EmailAddress email,
                             PhoneNumber phone, String password, Locale language) {

        @Override
        public String toString() {
            return "ValidRegistration[iin=" + iin + "]";
        }
    }
}
