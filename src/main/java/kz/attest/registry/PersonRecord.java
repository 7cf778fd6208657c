package kz.attest.registry;

import java.time.LocalDate;

/** A person as the state database of individuals knows them. */
public record PersonRecord(String iin, String surname, String givenName, String patronymic, LocalDate birthDate,
                           boolean alive) {

    /** Surname, given name and patronymic, as written in documents. */
    public String fullName() {
        return (surname + " " + givenName + (patronymic == null || patronymic.isBlank() ? "" : " " + patronymic)).strip();
    }
}
