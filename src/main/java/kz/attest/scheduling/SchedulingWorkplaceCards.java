package kz.attest.scheduling;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard.Link;
import kz.attest.web.WorkplaceCards;
import kz.attest.web.WorkplaceDeck;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Workplace cards: the operator's halls, sessions and the imported admitted list; the proctor's check-in of the day
 * and the live console of each hall of the proctor's centre.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SchedulingWorkplaceCards implements WorkplaceCards {

    private final Halls halls;
    private final Sessions sessions;

    @Override
    public void declare(WorkplaceDeck deck) {
        deck.card("operator-planning", 10, "workplace.operator.planning", Roles.OPERATOR_ADMIN)
                .link("workplace.link.sessions", "/operator/sessions")
                .link("workplace.link.halls", "/operator/halls")
                .link("workplace.link.admitted-import", "/operator/admitted/import")
                .waiting("workplace.figure.sessions-today",
                        () -> sessions.visible(Optional.of(sessions.today())).size(), "/operator/sessions")
                .waiting("workplace.figure.sessions-planned", () -> sessions.visible(Optional.empty()).stream()
                        .filter(s -> s.state() == SessionState.PLANNED).count(), "/operator/sessions")
                .card("proctor", 10, "workplace.proctor.hall", Roles.PROCTOR)
                .link("workplace.link.check-in", "/check-in")
                .links(() -> halls.visible().stream().map(hall -> new Link("workplace.link.live-hall", hall.name(),
                        "/proctor/halls/" + hall.id() + "/live")).toList())
                .waiting("workplace.figure.sessions-today",
                        () -> sessions.visible(Optional.of(sessions.today())).size(), "/check-in");
    }
}
