package kz.attest.commission;

import kz.attest.identity.CurrentUser;
import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard;
import kz.attest.web.WorkplaceCard.Figure;
import kz.attest.web.WorkplaceCard.Link;
import kz.attest.web.WorkplaceCards;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Workplace cards: the candidate's interviews; the organisation's commission and the interviews it holds. */
@Component
class CommissionWorkplaceCards implements WorkplaceCards {

    private final InterviewQueries interviews;
    private final CurrentUser currentUser;

    CommissionWorkplaceCards(InterviewQueries interviews, CurrentUser currentUser) {
        this.interviews = interviews;
        this.currentUser = currentUser;
    }

    @Override
    public List<WorkplaceCard> cards(Authentication person) {
        List<WorkplaceCard> cards = new ArrayList<>();
        if (WorkplaceCards.has(person, Roles.APPLICANT)) {
            cards.add(WorkplaceCard.of("interviews", 50, "workplace.applicant.interviews",
                    List.of(Link.of("workplace.link.interviews", "/cabinet/interviews"))));
        }
        if (WorkplaceCards.hasAny(person, Roles.COMMISSION_MEMBER, Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)) {
            cards.add(new WorkplaceCard("commission", 50, "workplace.office.commission",
                    List.of(Link.of("workplace.link.commission", "/commission")),
                    () -> currentUser.current().flatMap(user -> user.organisation())
                            .map(organisation -> List.of(Figure.waiting("workplace.figure.interviews-pending",
                                    interviews.ofOrganisation(organisation).stream()
                                            .filter(i -> i.status() != InterviewStatus.CONCLUDED).count(),
                                    "/commission")))
                            .orElse(List.of())));
        }
        return cards;
    }
}
