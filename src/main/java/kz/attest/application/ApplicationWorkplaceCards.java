package kz.attest.application;

import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard.Figure;
import kz.attest.web.WorkplaceCards;
import kz.attest.web.WorkplaceDeck;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.List;

/** Workplace cards: the applicant's applications; the provider's queue with what is overdue, and the head's SLA. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApplicationWorkplaceCards implements WorkplaceCards {

    private final Applications applications;

    @Override
    public void declare(WorkplaceDeck deck) {
        deck.card("applications", 10, "workplace.applicant.applications", Roles.APPLICANT)
                .link("workplace.link.apply", "/applications/new")
                .figures(() -> {
                    List<ApplicationSummary> mine = applications.mine();
                    return List.of(
                            Figure.waiting("workplace.figure.open-applications",
                                    mine.stream().filter(a -> a.status().isOpen()).count(), null),
                            Figure.waiting("workplace.figure.awaiting-provider",
                                    mine.stream().filter(a -> a.pendingStep() != null).count(), null));
                })
                .card("office-applications", 10, "workplace.office.applications",
                        Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)
                .link("workplace.link.office-applications", "/office/applications")
                .linkIf(deck.holds(Roles.PROVIDER_HEAD), "workplace.link.sla", "/office/sla")
                .figures(() -> {
                    List<ApplicationSummary> queue = applications.queue();
                    return List.of(
                            Figure.waiting("workplace.figure.waiting", queue.size(), "/office/applications"),
                            Figure.overdue("workplace.figure.overdue",
                                    queue.stream().filter(ApplicationSummary::overdue).count(), "/office/applications"));
                });
    }
}
