package kz.attest.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The field rules of the applicant registration form, without Spring. */
class RegistrationRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String IIN = "900315300123";

    static ApplicantRegistration valid() {
        return new ApplicantRegistration(IIN, "Ахметов", "Серік", null, "serik@example.kz", "+7 701 234 56 78",
                "qazaqstan2026", "qazaqstan2026", "kk");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "short1,                 identity.password.too-short",
            "onlyletterslong,        identity.password.letters-and-digits",
            "123456789012345,        identity.password.letters-and-digits",
            "x900315300123,          identity.password.contains-iin",
            "900315300123,           identity.password.letters-and-digits"})
    void weakPasswordsAreRefusedWithAReason(String password, String expectedKey) {
        assertThat(PasswordPolicy.firstRefusal(password, IIN)).map(FieldRefusal::messageKey).contains(expectedKey);
    }

    @Test
    void aPasswordOfTenCharactersWithLettersAndDigitsIsAccepted() {
        assertThat(PasswordPolicy.firstRefusal("abcdefgh12", IIN)).isEmpty();
        assertThat(PasswordPolicy.firstRefusal("Құпиясөз2026", IIN)).isEmpty();
    }

    @Test
    void aPasswordBeyondWhatBcryptReadsIsRefused() {
        assertThat(PasswordPolicy.firstRefusal("a1".repeat(37), IIN)).map(FieldRefusal::messageKey)
                .contains("identity.password.too-long");
        // 40 Cyrillic letters are 80 bytes in UTF-8
        assertThat(PasswordPolicy.firstRefusal("ж".repeat(40) + "1", IIN)).map(FieldRefusal::messageKey)
                .contains("identity.password.too-long");
    }

    @ParameterizedTest
    @CsvSource({
            "+7 701 234 56 78,   +77012345678",
            "+77012345678,       +77012345678",
            "8 (701) 234-56-78,  +77012345678",
            "87472345678,        +77472345678",
            "77082345678,        +77082345678"})
    void kazakhMobileNumbersAreNormalised(String raw, String normalised) {
        assertThat(PhoneNumber.parse(raw)).map(PhoneNumber::value).contains(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+7 812 234 56 78", "+7 701 234 56", "+7 701 234 56 789", "+49 151 2345678", "abc",
            "7012345678", "+7 701 234 56 7x"})
    void otherNumbersAreNotKazakhMobiles(String raw) {
        assertThat(PhoneNumber.parse(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name@example.kz", "a.b+c@mail.example.com", " Serik@Example.KZ "})
    void wellFormedEmailsAreAccepted(String raw) {
        assertThat(EmailAddress.parse(raw)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "name@", "@example.kz", "name@example", "na me@example.kz", "name@@example.kz",
            "name@example..kz", ".name@example.kz"})
    void malformedEmailsAreRefused(String raw) {
        assertThat(EmailAddress.parse(raw)).isEmpty();
    }

    @Test
    void theEmailDomainIsKeptInLowerCase() {
        assertThat(EmailAddress.parse("Serik@Example.KZ")).map(EmailAddress::value).contains("Serik@example.kz");
    }

    @Test
    void aValidRegistrationIsNormalised() {
        RegistrationRules.ValidRegistration registration = RegistrationRules.validate(valid(), TODAY);
        assertThat(registration.phone().value()).isEqualTo("+77012345678");
        assertThat(registration.patronymic()).isNull();
        assertThat(registration.language().getLanguage()).isEqualTo("kk");
    }

    @Test
    void everyRefusedFieldIsReportedAtOnce() {
        ApplicantRegistration bad = new ApplicantRegistration("123", "", "x".repeat(101), null, "mail", "123",
                "short", "other", "de");
        RegistrationRefused refused = catchThrowableOfType(RegistrationRefused.class,
                () -> RegistrationRules.validate(bad, TODAY));
        assertThat(refused.refusals()).extracting(FieldRefusal::field, FieldRefusal::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("iin", "iin.invalid.length"),
                org.assertj.core.groups.Tuple.tuple("surname", "identity.name.required"),
                org.assertj.core.groups.Tuple.tuple("givenName", "identity.name.too-long"),
                org.assertj.core.groups.Tuple.tuple("email", "identity.email.invalid"),
                org.assertj.core.groups.Tuple.tuple("phone", "identity.phone.invalid"),
                org.assertj.core.groups.Tuple.tuple("password", "identity.password.too-short"),
                org.assertj.core.groups.Tuple.tuple("passwordConfirmation", "identity.password.mismatch"),
                org.assertj.core.groups.Tuple.tuple("language", "identity.language.unsupported"));
    }

    @Test
    void aNameOfExactlyOneHundredCharactersIsAccepted() {
        ApplicantRegistration form = new ApplicantRegistration(IIN, "Ә".repeat(100), "Серік", "Қ".repeat(100),
                "serik@example.kz", "87012345678", "qazaqstan2026", "qazaqstan2026", "ru");
        assertThat(RegistrationRules.validate(form, TODAY).surname()).hasSize(100);
    }

    @Test
    void anOverLongEmailIsRefusedAsTooLong() {
        ApplicantRegistration form = new ApplicantRegistration(IIN, "Ахметов", "Серік", null,
                "a".repeat(250) + "@example.kz", "87012345678", "qazaqstan2026", "qazaqstan2026", "ru");
        RegistrationRefused refused = catchThrowableOfType(RegistrationRefused.class,
                () -> RegistrationRules.validate(form, TODAY));
        assertThat(refused.refusals()).extracting(FieldRefusal::messageKey).containsExactly("identity.email.too-long");
    }

    @Test
    void theRegistrationNeverPrintsThePassword() {
        assertThat(valid().toString()).doesNotContain("qazaqstan2026");
        assertThat(Optional.of(RegistrationRules.validate(valid(), TODAY)).toString()).doesNotContain("qazaqstan2026");
    }
}
