package kz.attest.web;

import java.util.List;
import java.util.function.Supplier;

/**
 * One card of a person's workplace (the staff workplace or the applicant's cabinet): what waits for the person, with
 * counts, what is overdue, and a link to each page behind it. Modules contribute cards through {@link WorkplaceCards};
 * the layout's menu shows each card's first link, the workplace shows the whole card.
 *
 * @param id       stable id, used as the HTML id {@code card-<id>}
 * @param order    position among the cards (lower first)
 * @param titleKey message key of the card's title
 * @param links    the pages behind the card; the first is the one the menu shows
 * @param figures  what waits and what is overdue, computed only when the workplace shows the card
 */
public record WorkplaceCard(String id, int order, String titleKey, List<Link> links, Supplier<List<Figure>> figures) {

    public WorkplaceCard {
        links = List.copyOf(links);
        if (links.isEmpty()) {
            throw new IllegalArgumentException("A workplace card needs at least one link: " + id);
        }
        figures = figures == null ? List::of : figures;
    }

    public static WorkplaceCard of(String id, int order, String titleKey, List<Link> links) {
        return new WorkplaceCard(id, order, titleKey, links, List::of);
    }

    /** The page the menu links to. */
    public Link primary() {
        return links.getFirst();
    }

    /**
     * A link to one page. {@code label} is shown as is when {@code labelKey} is {@code null} (a hall's or a
     * session's own name).
     */
    public record Link(String labelKey, String label, String href) {

        public static Link of(String labelKey, String href) {
            return new Link(labelKey, null, href);
        }

        public static Link named(String label, String href) {
            return new Link(null, label, href);
        }
    }

    /**
     * A count on the card: {@code alert} marks what is overdue or needs action now; {@code href} (optional) opens
     * the list behind the count.
     */
    public record Figure(String labelKey, long count, boolean alert, String href) {

        public static Figure waiting(String labelKey, long count, String href) {
            return new Figure(labelKey, count, false, href);
        }

        public static Figure overdue(String labelKey, long count, String href) {
            return new Figure(labelKey, count, count > 0, href);
        }
    }
}
