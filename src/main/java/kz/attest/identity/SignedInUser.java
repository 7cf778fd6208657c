package kz.attest.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The person behind the current request.
 *
 * @param iin            the IIN of an applicant, or {@code null} for staff who sign in with a username
 * @param organisationId the organisation a staff member works for, or {@code null} for applicants
 * @param language       the language the person chose last
 */
public record SignedInUser(long accountId, String login, String iin, String fullName, Set<Role> roles,
                           String organisationId, Locale language) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    public Optional<String> organisation() {
        return Optional.ofNullable(organisationId);
    }

    /** Where this person starts: the personal cabinet for applicants, the workplace for staff. */
    public String homePath() {
        return isStaff() ? "/staff" : "/cabinet";
    }
}
