package kz.attest.decision;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard;
import kz.attest.web.WorkplaceCard.Figure;
import kz.attest.web.WorkplaceCard.Link;
import kz.attest.web.WorkplaceCards;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Workplace cards: the applicant's results and no-shows; the provider's results register (due one working day after
 * the last stage, ¶24), its import and the valid-reason requests; the operator's signed results file.
 */
@Component
class DecisionWorkplaceCards implements WorkplaceCards {

    private final Results results;
    private final NoShows noShows;

    DecisionWorkplaceCards(Results results, NoShows noShows) {
        this.results = results;
        this.noShows = noShows;
    }

    @Override
    public List<WorkplaceCard> cards(Authentication person) {
        List<WorkplaceCard> cards = new ArrayList<>();
        if (WorkplaceCards.has(person, Roles.APPLICANT)) {
            cards.add(new WorkplaceCard("results", 40, "workplace.applicant.results",
                    List.of(Link.of("workplace.link.results", "/cabinet/results"),
                            Link.of("workplace.link.no-shows", "/cabinet/no-shows")),
                    () -> List.of(Figure.waiting("workplace.figure.result-sheets", results.mine().size(),
                            "/cabinet/results"))));
        }
        if (WorkplaceCards.hasAny(person, Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)) {
            cards.add(new WorkplaceCard("office-results", 30, "workplace.office.results",
                    List.of(Link.of("workplace.link.office-results", "/office/results"),
                            Link.of("workplace.link.office-no-shows", "/office/no-shows"),
                            Link.of("workplace.link.results-import", "/office/results/import")),
                    () -> List.of(
                            Figure.waiting("workplace.figure.results", results.register(null).size(), "/office/results"),
                            Figure.overdue("workplace.figure.no-show-requests", noShows.ofProvider(null).stream()
                                    .filter(n -> "REQUESTED".equals(n.status())).count(), "/office/no-shows"))));
        }
        if (WorkplaceCards.hasAny(person, Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)) {
            cards.add(WorkplaceCard.of("office-outcomes", 35, "workplace.office.outcomes",
                    List.of(Link.of("workplace.link.office-outcomes", "/office/outcomes"),
                            Link.of("workplace.link.office-registry", "/office/registry"))));
        }
        if (WorkplaceCards.has(person, Roles.OPERATOR_ADMIN)) {
            cards.add(WorkplaceCard.of("operator-results", 30, "workplace.operator.results",
                    List.of(Link.of("workplace.link.operator-results", "/operator/results"))));
        }
        return cards;
    }
}
