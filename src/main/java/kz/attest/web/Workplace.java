package kz.attest.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The signed-in person's workplace: every module's cards for the person's roles, in order. The workplace page shows
 * them with their counts; the menu of every page shows their first links.
 */
@Component
public class Workplace {

    private static final Logger log = LoggerFactory.getLogger(Workplace.class);

    private final List<WorkplaceCards> contributors;

    Workplace(List<WorkplaceCards> contributors) {
        this.contributors = List.copyOf(contributors);
    }

    /** The person's cards, lower {@code order} first; none for an anonymous visitor. */
    public List<WorkplaceCard> cards(Authentication person) {
        if (person == null || !person.isAuthenticated() || person instanceof AnonymousAuthenticationToken) {
            return List.of();
        }
        List<WorkplaceCard> cards = new ArrayList<>();
        for (WorkplaceCards contributor : contributors) {
            cards.addAll(contributor.cards(person));
        }
        cards.sort(Comparator.comparingInt(WorkplaceCard::order).thenComparing(WorkplaceCard::id));
        return cards;
    }

    /** The cards with their figures computed once; a card whose figures cannot be counted shows none. */
    public List<ShownCard> shown(Authentication person) {
        return cards(person).stream().map(card -> new ShownCard(card, figuresOf(card))).toList();
    }

    /** The menu: each card's first link, once. */
    public List<WorkplaceCard.Link> menu(Authentication person) {
        Set<String> seen = new LinkedHashSet<>();
        List<WorkplaceCard.Link> menu = new ArrayList<>();
        for (WorkplaceCard card : cards(person)) {
            if (seen.add(card.primary().href())) {
                menu.add(card.primary());
            }
        }
        return menu;
    }

    private static List<WorkplaceCard.Figure> figuresOf(WorkplaceCard card) {
        try {
            return card.figures().get();
        } catch (Refusal refused) {
            log.debug("Card {} shows no figures: {}", card.id(), refused.messageKey());
            return List.of();
        }
    }

    /** A card as the workplace shows it: its figures counted. */
    public record ShownCard(WorkplaceCard card, List<WorkplaceCard.Figure> figures) {
    }
}
