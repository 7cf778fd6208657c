package kz.attest.campaign;

import kz.attest.identity.CurrentUser;
import kz.attest.identity.OrganisationKind;
import kz.attest.identity.Organisations;
import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCards;
import kz.attest.web.WorkplaceDeck;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Workplace card of the Centre of Forensic Expertise's staff: the attestation campaigns (¶30–¶31). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CampaignWorkplaceCards implements WorkplaceCards {

    private final CurrentUser currentUser;
    private final Organisations organisations;

    @Override
    public void declare(WorkplaceDeck deck) {
        boolean centre = deck.holds(Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)
                && currentUser.current().flatMap(user -> user.organisation()).flatMap(organisations::find)
                .filter(organisation -> organisation.kind() == OrganisationKind.FORENSIC_CENTRE).isPresent();
        deck.cardIf(centre, "campaigns", 60, "workplace.office.campaigns")
                .link("workplace.link.campaigns", "/office/campaigns");
    }
}
