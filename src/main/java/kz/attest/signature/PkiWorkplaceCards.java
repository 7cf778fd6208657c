package kz.attest.signature;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCards;
import kz.attest.web.WorkplaceDeck;
import org.springframework.stereotype.Component;

/** Workplace card of the administrator: the demonstration certification authority. */
@Component
class PkiWorkplaceCards implements WorkplaceCards {

    @Override
    public void declare(WorkplaceDeck deck) {
        deck.card("pki", 20, "workplace.admin.pki", Roles.SYSTEM_ADMIN).link("workplace.link.pki", "/admin/pki");
    }
}
