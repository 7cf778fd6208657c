package kz.attest.itembank;

import kz.attest.identity.CurrentUser;
import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCards;
import kz.attest.web.WorkplaceDeck;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Workplace cards: the question author's bank with what waits for a second pair of eyes (four-eyes review); sealed
 * packages for the Ministry (export) and for the testing operator (import).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ItemBankWorkplaceCards implements WorkplaceCards {

    private static final int COUNT_LIMIT = 10_000;

    private final ItemBank bank;
    private final CurrentUser currentUser;

    @Override
    public void declare(WorkplaceDeck deck) {
        boolean ministry = deck.holds(Roles.SYSTEM_ADMIN)
                || (deck.holds(Roles.PROVIDER_OFFICER, Roles.PROVIDER_HEAD)
                && currentUser.current().flatMap(user -> user.organisation())
                .filter(PackageAccess.MINISTRY::equals).isPresent());
        deck.card("itembank", 10, "workplace.author.itembank", Roles.QUESTION_AUTHOR)
                .link("workplace.link.itembank", "/itembank")
                .link("workplace.link.item-new", "/itembank/items/new")
                .link("workplace.link.case-new", "/itembank/cases/new")
                .link("workplace.link.import", "/itembank/import")
                .link("workplace.link.readiness", "/itembank/readiness")
                .link("workplace.link.statistics", "/itembank/statistics")
                .overdue("workplace.figure.in-review",
                        () -> bank.items(Optional.empty(), Optional.of(ItemStatus.IN_REVIEW), COUNT_LIMIT).size()
                                + bank.cases(Optional.of(ItemStatus.IN_REVIEW), COUNT_LIMIT).size(),
                        "/itembank?status=IN_REVIEW")
                .waiting("workplace.figure.drafts",
                        () -> bank.items(Optional.empty(), Optional.of(ItemStatus.DRAFT), COUNT_LIMIT).size(),
                        "/itembank?status=DRAFT")
                .cardIf(ministry, "package-export", 70, "workplace.packages.export")
                .link("workplace.link.package-export", "/packages/export")
                .card("packages", 20, "workplace.packages.import", Roles.OPERATOR_ADMIN)
                .link("workplace.link.packages", "/packages");
    }
}
