package kz.attest.decision;

import kz.attest.identity.Role;
import kz.attest.identity.SignedInUser;

import static kz.attest.web.Refusal.Kind.NOT_ALLOWED;

/** A provider's staff (its officers and its head) work on their own organisation's records and on no other's. */
final class ProviderStaff {

    private ProviderStaff() {
    }

    /** The organisation of a provider's officer or head; anyone else is refused (403). */
    static String organisationOf(SignedInUser user) {
        if (!user.hasRole(Role.PROVIDER_OFFICER) && !user.hasRole(Role.PROVIDER_HEAD)) {
            throw new DecisionRefusal(NOT_ALLOWED, "identity.not-your-organisation");
        }
        return user.organisation()
                .orElseThrow(() -> new DecisionRefusal(NOT_ALLOWED, "identity.not-your-organisation"));
    }

    /** As {@link #organisationOf(SignedInUser)}, and the one {@code requested} (when given) must be it (else 403). */
    static String organisationOf(SignedInUser user, String requested) {
        String own = organisationOf(user);
        if (requested != null && !requested.isBlank() && !requested.equals(own)) {
            throw new DecisionRefusal(NOT_ALLOWED, "identity.not-your-organisation");
        }
        return own;
    }
}
