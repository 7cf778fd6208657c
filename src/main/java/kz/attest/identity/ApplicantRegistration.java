package kz.attest.identity;

/**
 * What an applicant submits to register (seed 001, "Зарегистрироваться": IIN, surname, given name, patronymic,
 * e-mail, password and its confirmation; the issue adds the mobile phone for SMS notices).
 *
 * @param language {@code kk}, {@code ru} or {@code en}: the language the applicant registered in
 */
public record ApplicantRegistration(String iin, String surname, String givenName, String patronymic, String email,
                                    String phone, String password, String passwordConfirmation, String language) {

    @Override
    public String toString() {
        return "ApplicantRegistration[iin=" + iin + ", surname=" + surname + ", givenName=" + givenName + "]";
    }
}
