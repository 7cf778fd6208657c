package kz.attest.itembank;

import kz.attest.catalogue.ServiceCode;

import java.util.Optional;

/**
 * A form wanted for one candidate's stage.
 *
 * @param candidate a stable reference of the candidate (e.g. the application id); earlier forms of the same
 *                  reference are avoided
 * @param specialty the expert specialty, for stages whose cases are per specialty (¶32, ¶43)
 * @param practice  a trial test (¶28): drawn from the practice pool, never from the live bank
 */
public record FormRequest(String candidate, ServiceCode service, int stage, Optional<String> specialty,
                          boolean practice) {

    public FormRequest {
        specialty = specialty == null ? Optional.empty() : specialty;
    }
}
