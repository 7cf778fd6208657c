package kz.attest.identity;

/** The registration page's form; passwords are never sent back to the page. */
class RegistrationForm {

    private String iin;
    private String surname;
    private String givenName;
    private String patronymic;
    private String email;
    private String phone;
    private String password;
    private String passwordConfirmation;

    ApplicantRegistration toRegistration(String language) {
        return new ApplicantRegistration(iin, surname, givenName, patronymic, email, phone, password,
                passwordConfirmation, language);
    }

    void forgetPasswords() {
        password = null;
        passwordConfirmation = null;
    }

    public String getIin() { return iin; }
    public void setIin(String iin) { this.iin = iin; }
    public String getSurname() { return surname; }
    public void setSurname(String surname) { this.surname = surname; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getPatronymic() { return patronymic; }
    public void setPatronymic(String patronymic) { this.patronymic = patronymic; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordConfirmation() { return passwordConfirmation; }
    public void setPasswordConfirmation(String passwordConfirmation) { this.passwordConfirmation = passwordConfirmation; }
}
