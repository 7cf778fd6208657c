package kz.attest.itembank;

import kz.attest.identity.CurrentUser;
import kz.attest.web.Roles;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may act on sealed packages, beyond the URL's role check: the Ministry's staff (or a system administrator)
 * export; the testing operator's administrators import, withdraw and destroy.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PackageAccess {

    static final String MINISTRY = "ministry";
    static final String OPERATOR = "operator";
    static final String MINISTRY_ROLES = "hasAnyRole('" + Roles.PROVIDER_OFFICER + "','" + Roles.PROVIDER_HEAD + "','"
            + Roles.SYSTEM_ADMIN + "')";
    static final String OPERATOR_ROLES = "hasRole('" + Roles.OPERATOR_ADMIN + "')";

    private final CurrentUser currentUser;

    /** The Ministry's employee (403 for a justice department's officer), or a system administrator. */
    String ministry(Authentication authentication) {
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Roles.SYSTEM_ADMIN).equals(a.getAuthority()));
        if (admin) {
            return authentication.getName();
        }
        return currentUser.requireMemberOf(MINISTRY).login();
    }

    /** May this person export packages (as on the page): the Ministry's staff or a system administrator. */
    static boolean mayExport(kz.attest.identity.SignedInUser user) {
        return user.hasRole(kz.attest.identity.Role.SYSTEM_ADMIN)
                || MINISTRY.equals(user.organisationId()) && (user.hasRole(kz.attest.identity.Role.PROVIDER_OFFICER)
                || user.hasRole(kz.attest.identity.Role.PROVIDER_HEAD));
    }

    /** May this person import packages (as on the page): the testing operator's administrator. */
    static boolean mayImport(kz.attest.identity.SignedInUser user) {
        return OPERATOR.equals(user.organisationId()) && user.hasRole(kz.attest.identity.Role.OPERATOR_ADMIN);
    }

    /** The testing operator's administrator. */
    String operator() {
        return currentUser.requireMemberOf(OPERATOR).login();
    }
}
