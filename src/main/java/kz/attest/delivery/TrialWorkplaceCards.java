package kz.attest.delivery;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard;
import kz.attest.web.WorkplaceCards;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;

/** Workplace card: the applicant's trial test (¶28). */
@Component
class TrialWorkplaceCards implements WorkplaceCards {

    @Override
    public List<WorkplaceCard> cards(Authentication person) {
        return WorkplaceCards.deck(person)
                .card("trials", 30, "workplace.applicant.trials", Roles.APPLICANT)
                .link("workplace.link.trials", "/exam/trials")
                .cards();
    }
}
