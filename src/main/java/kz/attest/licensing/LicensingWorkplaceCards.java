package kz.attest.licensing;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard;
import kz.attest.web.WorkplaceCard.Link;
import kz.attest.web.WorkplaceCards;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Workplace cards: the provider's licence requests and licence registry; the applicant's licences (seeds 003, 004). */
@Component
class LicensingWorkplaceCards implements WorkplaceCards {

    @Override
    public List<WorkplaceCard> cards(Authentication person) {
        List<WorkplaceCard> cards = new ArrayList<>();
        if (WorkplaceCards.hasAny(person, Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)) {
            cards.add(WorkplaceCard.of("office-licences", 37, "workplace.office.licences",
                    List.of(Link.of("workplace.link.office-licences", "/office/licences"),
                            Link.of("workplace.link.licence-registry", "/office/licences/registry"))));
        }
        if (WorkplaceCards.has(person, Roles.APPLICANT)) {
            cards.add(WorkplaceCard.of("licences", 45, "workplace.applicant.licences",
                    List.of(Link.of("workplace.link.my-licences", "/cabinet/licences"))));
        }
        return cards;
    }
}
