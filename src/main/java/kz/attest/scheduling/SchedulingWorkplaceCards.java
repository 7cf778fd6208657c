package kz.attest.scheduling;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard;
import kz.attest.web.WorkplaceCard.Figure;
import kz.attest.web.WorkplaceCard.Link;
import kz.attest.web.WorkplaceCards;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Workplace cards: the operator's halls, sessions and the imported admitted list; the proctor's check-in of the day
 * and the live console of each hall of the proctor's centre.
 */
@Component
class SchedulingWorkplaceCards implements WorkplaceCards {

    private final Halls halls;
    private final Sessions sessions;

    SchedulingWorkplaceCards(Halls halls, Sessions sessions) {
        this.halls = halls;
        this.sessions = sessions;
    }

    @Override
    public List<WorkplaceCard> cards(Authentication person) {
        List<WorkplaceCard> cards = new ArrayList<>();
        if (WorkplaceCards.has(person, Roles.OPERATOR_ADMIN)) {
            cards.add(new WorkplaceCard("operator-planning", 10, "workplace.operator.planning", List.of(
                    Link.of("workplace.link.sessions", "/operator/sessions"),
                    Link.of("workplace.link.halls", "/operator/halls"),
                    Link.of("workplace.link.admitted-import", "/operator/admitted/import")),
                    () -> List.of(
                            Figure.waiting("workplace.figure.sessions-today",
                                    sessions.visible(Optional.of(sessions.today())).size(), "/operator/sessions"),
                            Figure.waiting("workplace.figure.sessions-planned", sessions.visible(Optional.empty())
                                    .stream().filter(s -> s.state() == SessionState.PLANNED).count(),
                                    "/operator/sessions"))));
        }
        if (WorkplaceCards.has(person, Roles.PROCTOR)) {
            List<Link> links = new ArrayList<>();
            links.add(Link.of("workplace.link.check-in", "/check-in"));
            for (Hall hall : halls.visible()) {
                links.add(new Link("workplace.link.live-hall", hall.name(), "/proctor/halls/" + hall.id() + "/live"));
            }
            cards.add(new WorkplaceCard("proctor", 10, "workplace.proctor.hall", links,
                    () -> List.of(Figure.waiting("workplace.figure.sessions-today",
                            sessions.visible(Optional.of(sessions.today())).size(), "/check-in"))));
        }
        return cards;
    }
}
