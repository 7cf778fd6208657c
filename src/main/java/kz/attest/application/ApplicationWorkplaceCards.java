package kz.attest.application;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard;
import kz.attest.web.WorkplaceCard.Figure;
import kz.attest.web.WorkplaceCard.Link;
import kz.attest.web.WorkplaceCards;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Workplace cards: the applicant's applications; the provider's queue with what is overdue, and the head's SLA. */
@Component
class ApplicationWorkplaceCards implements WorkplaceCards {

    private final Applications applications;

    ApplicationWorkplaceCards(Applications applications) {
        this.applications = applications;
    }

    @Override
    public List<WorkplaceCard> cards(Authentication person) {
        List<WorkplaceCard> cards = new ArrayList<>();
        if (WorkplaceCards.has(person, Roles.APPLICANT)) {
            cards.add(new WorkplaceCard("applications", 10, "workplace.applicant.applications",
                    List.of(Link.of("workplace.link.apply", "/applications/new")),
                    () -> {
                        List<ApplicationSummary> mine = applications.mine();
                        return List.of(
                                Figure.waiting("workplace.figure.open-applications",
                                        mine.stream().filter(a -> a.status().isOpen()).count(), null),
                                Figure.waiting("workplace.figure.awaiting-provider",
                                        mine.stream().filter(a -> a.pendingStep() != null).count(), null));
                    }));
        }
        if (WorkplaceCards.hasAny(person, Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)) {
            List<Link> links = new ArrayList<>();
            links.add(Link.of("workplace.link.office-applications", "/office/applications"));
            if (WorkplaceCards.has(person, Roles.PROVIDER_HEAD)) {
                links.add(Link.of("workplace.link.sla", "/office/sla"));
            }
            cards.add(new WorkplaceCard("office-applications", 10, "workplace.office.applications", links, () -> {
                List<ApplicationSummary> queue = applications.queue();
                return List.of(
                        Figure.waiting("workplace.figure.waiting", queue.size(), "/office/applications"),
                        Figure.overdue("workplace.figure.overdue",
                                queue.stream().filter(ApplicationSummary::overdue).count(), "/office/applications"));
            }));
        }
        return cards;
    }
}
