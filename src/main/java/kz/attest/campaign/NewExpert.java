package kz.attest.campaign;

import java.time.LocalDate;

/** An expert to add to the register. */
record NewExpert(String iin, String surname, String givenName, String patronymic, ExpertKind kind,
                        String specialty, LocalDate activityStart, LocalDate lastAttestation) {
}
