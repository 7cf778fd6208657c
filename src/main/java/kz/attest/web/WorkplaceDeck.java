package kz.attest.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A module's workplace cards in a few declarative lines ({@link WorkplaceCards#declare}): each {@code card} names the
 * roles it is shown to (or a condition), the calls after it add its links and figures. A card the person may not see
 * ignores them; its figures are counted only when the workplace shows it, its computed links only when it is shown.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class WorkplaceDeck {

    private final Authentication person;
    private final List<WorkplaceCard> cards = new ArrayList<>();
    private Draft draft;

    /** Whether the person holds any of the roles ({@link Roles}). */
    public boolean holds(String... roles) {
        return WorkplaceCards.hasAny(person, roles);
    }

    /** Starts a card for holders of any of the roles ({@link Roles}). */
    public WorkplaceDeck card(String id, int order, String titleKey, String... roles) {
        return cardIf(holds(roles), id, order, titleKey);
    }

    /** Starts a card shown when {@code shown} holds. */
    public WorkplaceDeck cardIf(boolean shown, String id, int order, String titleKey) {
        finish();
        draft = shown ? new Draft(id, order, titleKey) : null;
        return this;
    }

    /** A link to a page of the card (the first is the one the menu shows). */
    public WorkplaceDeck link(String labelKey, String href) {
        return linkIf(true, labelKey, href);
    }

    /** A link the person sees only when {@code shown} holds (e.g. a page of one of the card's roles). */
    public WorkplaceDeck linkIf(boolean shown, String labelKey, String href) {
        if (draft != null && shown) {
            draft.links.add(WorkplaceCard.Link.of(labelKey, href));
        }
        return this;
    }

    /** Links computed when the card is shown (a hall's own name, one link per hall). */
    public WorkplaceDeck links(Supplier<List<WorkplaceCard.Link>> links) {
        if (draft != null) {
            draft.links.addAll(links.get());
        }
        return this;
    }

    /** A count of what waits. */
    public WorkplaceDeck waiting(String labelKey, LongSupplier count, String href) {
        return figure(() -> WorkplaceCard.Figure.waiting(labelKey, count.getAsLong(), href));
    }

    /** A count of what is overdue or needs action now (marked when above zero). */
    public WorkplaceDeck overdue(String labelKey, LongSupplier count, String href) {
        return figure(() -> WorkplaceCard.Figure.overdue(labelKey, count.getAsLong(), href));
    }

    /** Figures counted together (one query behind several counts, or none for a person without an organisation). */
    public WorkplaceDeck figures(Supplier<List<WorkplaceCard.Figure>> figures) {
        if (draft != null) {
            draft.figures.add(figures);
        }
        return this;
    }

    private WorkplaceDeck figure(Supplier<WorkplaceCard.Figure> figure) {
        return figures(() -> List.of(figure.get()));
    }

    /** The cards the person sees. */
    List<WorkplaceCard> cards() {
        finish();
        return List.copyOf(cards);
    }

    private void finish() {
        if (draft != null) {
            List<Supplier<List<WorkplaceCard.Figure>>> figures = List.copyOf(draft.figures);
            cards.add(new WorkplaceCard(draft.id, draft.order, draft.titleKey, draft.links,
                    () -> figures.stream().flatMap(f -> f.get().stream()).toList()));
            draft = null;
        }
    }

    @RequiredArgsConstructor(access = AccessLevel.PRIVATE)
    private static final class Draft {
        private final String id;
        private final int order;
        private final String titleKey;
        private final List<WorkplaceCard.Link> links = new ArrayList<>();
        private final List<Supplier<List<WorkplaceCard.Figure>>> figures = new ArrayList<>();
    }
}
