package kz.attest.calendar;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard;
import kz.attest.web.WorkplaceCards;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;

/** Workplace card of the administrator: the working-day calendar. */
@Component
class CalendarWorkplaceCards implements WorkplaceCards {

    @Override
    public List<WorkplaceCard> cards(Authentication person) {
        return WorkplaceCards.deck(person)
                .card("calendar", 10, "workplace.admin.calendar", Roles.SYSTEM_ADMIN)
                .link("workplace.link.calendar", "/admin/calendar")
                .cards();
    }
}
