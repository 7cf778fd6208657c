package kz.attest.registry;

import java.util.Optional;

/** Port to the state database of individuals (ГБД ФЛ): the person registered under an IIN. */
public interface PersonRegistry {

    /**
     * The person under this IIN, or empty when the registry knows no such person.
     *
     * @throws RegistryUnavailableException when the registry does not answer in time or answers with an error
     */
    Optional<PersonRecord> find(String iin);
}
