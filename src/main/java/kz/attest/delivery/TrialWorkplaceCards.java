package kz.attest.delivery;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCards;
import kz.attest.web.WorkplaceDeck;
import org.springframework.stereotype.Component;

/** Workplace card: the applicant's trial test (¶28). */
@Component
class TrialWorkplaceCards implements WorkplaceCards {

    @Override
    public void declare(WorkplaceDeck deck) {
        deck.card("trials", 30, "workplace.applicant.trials", Roles.APPLICANT).link("workplace.link.trials", "/exam/trials");
    }
}
