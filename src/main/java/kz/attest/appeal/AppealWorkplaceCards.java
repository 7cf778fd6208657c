package kz.attest.appeal;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard;
import kz.attest.web.WorkplaceCard.Figure;
import kz.attest.web.WorkplaceCard.Link;
import kz.attest.web.WorkplaceCards;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Workplace cards: the applicant's complaints; the complaints the organisation must answer (¶100–¶102). */
@Component
class AppealWorkplaceCards implements WorkplaceCards {

    private final Appeals appeals;

    AppealWorkplaceCards(Appeals appeals) {
        this.appeals = appeals;
    }

    @Override
    public List<WorkplaceCard> cards(Authentication person) {
        List<WorkplaceCard> cards = new ArrayList<>();
        if (WorkplaceCards.has(person, Roles.APPLICANT)) {
            cards.add(new WorkplaceCard("appeals", 60, "workplace.applicant.appeals",
                    List.of(Link.of("workplace.link.appeals", "/appeals")),
                    () -> List.of(Figure.waiting("workplace.figure.open-appeals",
                            appeals.mine().stream().filter(AppealView::open).count(), "/appeals"))));
        }
        if (WorkplaceCards.hasAny(person, Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)) {
            cards.add(new WorkplaceCard("office-appeals", 40, "workplace.office.appeals",
                    List.of(Link.of("workplace.link.office-appeals", "/office/appeals")),
                    () -> {
                        List<AppealView> queue = appeals.queue().stream().filter(AppealView::open).toList();
                        return List.of(Figure.waiting("workplace.figure.waiting", queue.size(), "/office/appeals"),
                                Figure.overdue("workplace.figure.overdue",
                                        queue.stream().filter(AppealView::overdue).count(), "/office/appeals"));
                    }));
        }
        return cards;
    }
}
