package kz.attest.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Who is behind the current request, and whether a staff member may see an organisation's work. Modules scope
 * every staff query and action with {@link #requireMemberOf(String)}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CurrentUser {

    private final Accounts accounts;
    private final Organisations organisations;

    /** The signed-in person, or empty for an anonymous request. */
    public Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return accounts.find(principal.accountId());
        }
        return Optional.empty();
    }

    /** The signed-in person, or a 401 refusal. */
    public SignedInUser require() {
        return current().orElseThrow(() ->
                new IdentityRefusal(IdentityRefusal.Kind.NOT_SIGNED_IN, "identity.sign-in-required"));
    }

    /**
     * Whether the signed-in person works for the organisation, or for the one it belongs to (the testing operator
     * over its test centres).
     */
    public boolean isMemberOf(String organisationId) {
        return current().map(user -> belongsTo(user, organisationId)).orElse(false);
    }

    /** Refuses (403) unless the signed-in person works for the organisation. */
    public SignedInUser requireMemberOf(String organisationId) {
        SignedInUser user = require();
        if (!belongsTo(user, organisationId)) {
            throw new IdentityRefusal(IdentityRefusal.Kind.NOT_ALLOWED, "identity.not-your-organisation");
        }
        return user;
    }

    private boolean belongsTo(SignedInUser user, String organisationId) {
        if (user.organisationId() == null || organisationId == null) {
            return false;
        }
        if (user.organisationId().equals(organisationId)) {
            return true;
        }
        return organisations.find(organisationId)
                .flatMap(Organisation::parent)
                .map(user.organisationId()::equals)
                .orElse(false);
    }
}
