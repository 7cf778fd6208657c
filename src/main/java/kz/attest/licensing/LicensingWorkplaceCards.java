package kz.attest.licensing;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCards;
import kz.attest.web.WorkplaceDeck;
import org.springframework.stereotype.Component;

/** Workplace cards: the provider's licence requests and licence registry; the applicant's licences (seeds 003, 004). */
@Component
class LicensingWorkplaceCards implements WorkplaceCards {

    @Override
    public void declare(WorkplaceDeck deck) {
        deck.card("office-licences", 37, "workplace.office.licences", Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)
                .link("workplace.link.office-licences", "/office/licences")
                .link("workplace.link.licence-registry", "/office/licences/registry")
                .card("licences", 45, "workplace.applicant.licences", Roles.APPLICANT)
                .link("workplace.link.my-licences", "/cabinet/licences");
    }
}
