package kz.attest.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class StaffDirectory {

    private final AccountRows rows;

    /** The accounts of the organisation holding any of the roles, in account order. */
    @Transactional(readOnly = true)
    public List<Long> staffOf(String organisationId, Role... roles) {
        if (roles.length == 0) {
            return List.of();
        }
        return rows.staffOf(organisationId, Arrays.stream(roles).map(Role::name).toList());
    }

    /** The IIN a staff member signs with, if one is on record. */
    @Transactional(readOnly = true)
    public Optional<String> signingIin(long accountId) {
        return rows.signingIin(accountId);
    }

    /** Records the IIN of a staff member's signing certificate unless one is already on record. */
    @Transactional
    boolean assignSigningIin(long accountId, Iin iin) {
        return rows.assignSigningIin(accountId, iin.value());
    }
}
