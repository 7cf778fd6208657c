package kz.attest.registry;

import java.util.List;

/** Port to the special records of the Prosecutor General's Office (КПСиСУ): convictions and court bans for an IIN. */
public interface SpecialRecords {

    /**
     * Every record held for the IIN; empty when there is none.
     *
     * @throws RegistryUnavailableException when the registry does not answer in time or answers with an error
     */
    List<SpecialRecord> recordsOf(String iin);
}
