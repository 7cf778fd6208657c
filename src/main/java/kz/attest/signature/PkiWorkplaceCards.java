package kz.attest.signature;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard;
import kz.attest.web.WorkplaceCards;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;

/** Workplace card of the administrator: the demonstration certification authority. */
@Component
class PkiWorkplaceCards implements WorkplaceCards {

    @Override
    public List<WorkplaceCard> cards(Authentication person) {
        return WorkplaceCards.deck(person)
                .card("pki", 20, "workplace.admin.pki", Roles.SYSTEM_ADMIN)
                .link("workplace.link.pki", "/admin/pki")
                .cards();
    }
}
