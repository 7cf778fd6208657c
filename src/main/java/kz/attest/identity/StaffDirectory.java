package kz.attest.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Staff as other modules need them: who works for an organisation in which role (to tell a provider's officers), and
 * the IIN of a staff member's EDS certificate (to verify what a head signs, seed 000 ¶7).
 */
@Service
public class StaffDirectory {

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The accounts of the organisation holding any of the roles, in account order. */
    @Transactional(readOnly = true)
    public List<Long> staffOf(String organisationId, Role... roles) {
        if (roles.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT DISTINCT a.id FROM identity_account a JOIN identity_account_role r ON r.account_id = a.id
                        WHERE a.organisation_id = :organisation AND r.role IN (:roles) ORDER BY a.id""")
                .param("organisation", organisationId)
                .param("roles", Arrays.stream(roles).map(Role::name).toList())
                .query(Long.class).list();
    }

    /** The IIN a staff member signs with, if one is on record. */
    @Transactional(readOnly = true)
    public Optional<String> signingIin(long accountId) {
        return jdbc.sql("SELECT iin FROM identity_staff_signing_iin WHERE account_id = ?").param(accountId)
                .query(String.class).optional();
    }

    /** Records the IIN of a staff member's signing certificate unless one is already on record. */
    @Transactional
    boolean assignSigningIin(long accountId, Iin iin) {
        return jdbc.sql("""
                        INSERT INTO identity_staff_signing_iin (account_id, iin) VALUES (?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(accountId, iin.value()).update() == 1;
    }
}
