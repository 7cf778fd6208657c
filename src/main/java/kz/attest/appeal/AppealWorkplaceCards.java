package kz.attest.appeal;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard.Figure;
import kz.attest.web.WorkplaceCards;
import kz.attest.web.WorkplaceDeck;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.List;

/** Workplace cards: the applicant's complaints; the complaints the organisation must answer (¶100–¶102). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AppealWorkplaceCards implements WorkplaceCards {

    private final Appeals appeals;

    @Override
    public void declare(WorkplaceDeck deck) {
        deck.card("appeals", 60, "workplace.applicant.appeals", Roles.APPLICANT)
                .link("workplace.link.appeals", "/appeals")
                .waiting("workplace.figure.open-appeals",
                        () -> appeals.mine().stream().filter(AppealView::open).count(), "/appeals")
                .card("office-appeals", 40, "workplace.office.appeals", Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)
                .link("workplace.link.office-appeals", "/office/appeals")
                .figures(() -> {
                    List<AppealView> queue = appeals.queue().stream().filter(AppealView::open).toList();
                    return List.of(Figure.waiting("workplace.figure.waiting", queue.size(), "/office/appeals"),
                            Figure.overdue("workplace.figure.overdue",
                                    queue.stream().filter(AppealView::overdue).count(), "/office/appeals"));
                });
    }
}
