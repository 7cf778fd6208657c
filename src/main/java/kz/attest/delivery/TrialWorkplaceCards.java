package kz.attest.delivery;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard;
import kz.attest.web.WorkplaceCard.Link;
import kz.attest.web.WorkplaceCards;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;

/** Workplace card: the applicant's trial test (¶28). */
@Component
class TrialWorkplaceCards implements WorkplaceCards {

    @Override
    public List<WorkplaceCard> cards(Authentication person) {
        if (!WorkplaceCards.has(person, Roles.APPLICANT)) {
            return List.of();
        }
        return List.of(WorkplaceCard.of("trials", 30, "workplace.applicant.trials",
                List.of(Link.of("workplace.link.trials", "/exam/trials"))));
    }
}
