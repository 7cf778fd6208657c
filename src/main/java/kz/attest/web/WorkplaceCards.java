package kz.attest.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.List;

/**
 * A module's contribution to the workplace of the signed-in person: the cards of the roles it serves. Implemented by
 * a package-private bean in each module; {@link Workplace} gathers them, so this module depends on none of them.
 */
public interface WorkplaceCards {

    /**
     * Declares the module's cards on the person's deck: {@code deck.card(...).link(...).waiting(...)}; a card the
     * person may not see ignores what follows it.
     */
    void declare(WorkplaceDeck deck);

    /** The cards for this person; empty when none of the module's pages is theirs. */
    default List<WorkplaceCard> cards(Authentication person) {
        WorkplaceDeck deck = new WorkplaceDeck(person);
        declare(deck);
        return deck.cards();
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
