package kz.attest.itembank;

import kz.attest.identity.CurrentUser;
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
 * Workplace cards: the question author's bank with what waits for a second pair of eyes (four-eyes review); sealed
 * packages for the Ministry (export) and for the testing operator (import).
 */
@Component
class ItemBankWorkplaceCards implements WorkplaceCards {

    private static final int COUNT_LIMIT = 10_000;

    private final ItemBank bank;
    private final CurrentUser currentUser;

    ItemBankWorkplaceCards(ItemBank bank, CurrentUser currentUser) {
        this.bank = bank;
        this.currentUser = currentUser;
    }

    @Override
    public List<WorkplaceCard> cards(Authentication person) {
        List<WorkplaceCard> cards = new ArrayList<>();
        if (WorkplaceCards.has(person, Roles.QUESTION_AUTHOR)) {
            cards.add(new WorkplaceCard("itembank", 10, "workplace.author.itembank", List.of(
                    Link.of("workplace.link.itembank", "/itembank"),
                    Link.of("workplace.link.item-new", "/itembank/items/new"),
                    Link.of("workplace.link.case-new", "/itembank/cases/new"),
                    Link.of("workplace.link.import", "/itembank/import"),
                    Link.of("workplace.link.readiness", "/itembank/readiness"),
                    Link.of("workplace.link.statistics", "/itembank/statistics")),
                    () -> List.of(
                            Figure.overdue("workplace.figure.in-review",
                                    bank.items(Optional.empty(), Optional.of(ItemStatus.IN_REVIEW), COUNT_LIMIT).size()
                                            + bank.cases(Optional.of(ItemStatus.IN_REVIEW), COUNT_LIMIT).size(),
                                    "/itembank?status=IN_REVIEW"),
                            Figure.waiting("workplace.figure.drafts",
                                    bank.items(Optional.empty(), Optional.of(ItemStatus.DRAFT), COUNT_LIMIT).size(),
                                    "/itembank?status=DRAFT"))));
        }
        boolean ministry = WorkplaceCards.has(person, Roles.SYSTEM_ADMIN)
                || (WorkplaceCards.hasAny(person, Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)
                && currentUser.current().flatMap(user -> user.organisation())
                .filter(PackageAccess.MINISTRY::equals).isPresent());
        if (ministry) {
            cards.add(WorkplaceCard.of("package-export", 70, "workplace.packages.export",
                    List.of(Link.of("workplace.link.package-export", "/packages/export"))));
        }
        if (WorkplaceCards.has(person, Roles.OPERATOR_ADMIN)) {
            cards.add(WorkplaceCard.of("packages", 20, "workplace.packages.import",
                    List.of(Link.of("workplace.link.packages", "/packages"))));
        }
        return cards;
    }
}
