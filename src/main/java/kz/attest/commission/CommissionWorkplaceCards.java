package kz.attest.commission;

import kz.attest.identity.CurrentUser;
import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard.Figure;
import kz.attest.web.WorkplaceCards;
import kz.attest.web.WorkplaceDeck;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.List;

/** Workplace cards: the candidate's interviews; the organisation's commission and the interviews it holds. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CommissionWorkplaceCards implements WorkplaceCards {

    private final InterviewQueries interviews;
    private final CurrentUser currentUser;

    @Override
    public void declare(WorkplaceDeck deck) {
        deck.card("interviews", 50, "workplace.applicant.interviews", Roles.APPLICANT)
                .link("workplace.link.interviews", "/cabinet/interviews")
                .card("commission", 50, "workplace.office.commission",
                        Roles.COMMISSION_MEMBER, Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)
                .link("workplace.link.commission", "/commission")
                .figures(() -> currentUser.current().flatMap(user -> user.organisation())
                        .map(organisation -> List.of(Figure.waiting("workplace.figure.interviews-pending",
                                interviews.ofOrganisation(organisation).stream()
                                        .filter(i -> i.status() != InterviewStatus.CONCLUDED).count(),
                                "/commission")))
                        .orElse(List.of()));
    }
}
