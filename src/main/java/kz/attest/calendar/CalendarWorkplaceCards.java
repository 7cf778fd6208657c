package kz.attest.calendar;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCards;
import kz.attest.web.WorkplaceDeck;
import org.springframework.stereotype.Component;

/** Workplace card of the administrator: the working-day calendar. */
@Component
class CalendarWorkplaceCards implements WorkplaceCards {

    @Override
    public void declare(WorkplaceDeck deck) {
        deck.card("calendar", 10, "workplace.admin.calendar", Roles.SYSTEM_ADMIN).link("workplace.link.calendar", "/admin/calendar");
    }
}
