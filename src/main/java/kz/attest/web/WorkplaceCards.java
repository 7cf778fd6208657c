package kz.attest.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.List;

/**
 * A module's contribution to the workplace of the signed-in person: the cards of the roles it serves. Implemented by
 * a package-private bean in each module; {@link Workplace} gathers them, so this module depends on none of them.
 */
public interface WorkplaceCards {

    /** The cards for this person; empty when none of the module's pages is theirs. */
    List<WorkplaceCard> cards(Authentication person);

    /** A builder of the person's cards: {@code deck(person).card(...).link(...).waiting(...).cards()}. */
    static WorkplaceDeck deck(Authentication person) {
        return new WorkplaceDeck(person);
    }

    /** Whether the person holds the role ({@link Roles}). */
    static boolean has(Authentication person, String role) {
        return person != null && person.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(("ROLE_" + role)::equals);
    }

    /** Whether the person holds any of the roles. */
    static boolean hasAny(Authentication person, String... roles) {
        for (String role : roles) {
            if (has(person, role)) {
                return true;
            }
        }
        return false;
    }
}
