package kz.attest.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The IIN structure and check digit of lifecycle.md ("IIN"); applicants are always validated strictly. */
class IinTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @ParameterizedTest(name = "{0} is valid: born {1}, {2}")
    @CsvSource({
            "900101300017, 1990-01-01, MALE",
            "851231400120, 1985-12-31, FEMALE",
            "000229500078, 2000-02-29, MALE",
            "010530601239, 2001-05-30, FEMALE",
            "750707100452, 1875-07-07, MALE",
            "880816203016, 1888-08-16, FEMALE",
            "950314300202, 1995-03-14, MALE",
            // first pass gives 10, the second pass gives the check digit
            "900101300811, 1990-01-01, MALE",
    })
    void validNumbersGiveBirthDateAndSex(String iin, LocalDate birthDate, Iin.Sex sex) {
        Iin.IinCheck check = Iin.check(iin, TODAY);
        assertThat(check.valid()).isTrue();
        assertThat(check.birthDate()).isEqualTo(birthDate);
        assertThat(check.sex()).isEqualTo(sex);
        assertThat(Iin.of(iin).birthDate()).isEqualTo(birthDate);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(value = {
            "'', REQUIRED",
            "'   ', REQUIRED",
            "90010130001, LENGTH",
            "9001013000170, LENGTH",
            "90010130001A, NOT_DIGITS",
            "9001 1300017, NOT_DIGITS",
            "900101000017, CENTURY_SEX_DIGIT",
            "900101700017, CENTURY_SEX_DIGIT",
            "900101900017, CENTURY_SEX_DIGIT",
            "901301300017, BIRTH_DATE",
            "900132300017, BIRTH_DATE",
            "010229500017, BIRTH_DATE",
            "300101500017, BIRTH_DATE_IN_FUTURE",
            "900101300018, CHECK_DIGIT",
            "851231400121, CHECK_DIGIT",
            // both passes give 10: no check digit exists for these eleven digits
            "900101300800, CHECK_DIGIT_UNCOMPUTABLE",
    })
    void invalidNumbersNameTheReason(String iin, Iin.Reason reason) {
        Iin.IinCheck check = Iin.check(iin, TODAY);
        assertThat(check.valid()).isFalse();
        assertThat(check.reason()).isEqualTo(reason);
    }

    @Test
    void nullIsRequired() {
        assertThat(Iin.check(null, TODAY).reason()).isEqualTo(Iin.Reason.REQUIRED);
    }

    @Test
    void anInvalidNumberCannotBecomeAnIin() {
        assertThatThrownBy(() -> Iin.of("900101300018"))
                .isInstanceOf(Iin.InvalidIinException.class)
                .hasMessage("iin.invalid.check-digit");
    }

    @Test
    void checkDigitIsComputedForElevenDigits() {
        assertThat(Iin.checkDigitFor("90010130001")).isEqualTo(7);
        assertThat(Iin.checkDigitFor("90010130081")).isEqualTo(1);
        assertThat(Iin.checkDigitFor("90010130080")).isEqualTo(-1);
    }

    @Test
    void reasonsHaveMessageKeys() {
        assertThat(Iin.Reason.CHECK_DIGIT_UNCOMPUTABLE.messageKey()).isEqualTo("iin.invalid.check-digit-uncomputable");
    }
}
