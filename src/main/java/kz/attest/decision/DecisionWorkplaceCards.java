package kz.attest.decision;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCards;
import kz.attest.web.WorkplaceDeck;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Workplace cards: the applicant's results and no-shows; the provider's results register (due one working day after
 * the last stage, ¶24), its import and the valid-reason requests; the operator's signed results file.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DecisionWorkplaceCards implements WorkplaceCards {

    private final Results results;
    private final NoShows noShows;

    @Override
    public void declare(WorkplaceDeck deck) {
        deck.card("results", 40, "workplace.applicant.results", Roles.APPLICANT)
                .link("workplace.link.results", "/cabinet/results")
                .link("workplace.link.no-shows", "/cabinet/no-shows")
                .waiting("workplace.figure.result-sheets", () -> results.mine().size(), "/cabinet/results")
                .card("office-results", 30, "workplace.office.results", Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)
                .link("workplace.link.office-results", "/office/results")
                .link("workplace.link.office-no-shows", "/office/no-shows")
                .link("workplace.link.results-import", "/office/results/import")
                .waiting("workplace.figure.results", () -> results.register(null).size(), "/office/results")
                .overdue("workplace.figure.no-show-requests", () -> noShows.ofProvider(null).stream()
                        .filter(n -> "REQUESTED".equals(n.status())).count(), "/office/no-shows")
                .card("office-outcomes", 35, "workplace.office.outcomes", Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)
                .link("workplace.link.office-outcomes", "/office/outcomes")
                .link("workplace.link.office-registry", "/office/registry")
                .card("operator-results", 30, "workplace.operator.results", Roles.OPERATOR_ADMIN)
                .link("workplace.link.operator-results", "/operator/results");
    }
}
