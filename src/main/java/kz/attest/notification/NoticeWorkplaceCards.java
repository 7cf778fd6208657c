package kz.attest.notification;

import kz.attest.identity.CurrentUser;
import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard.Figure;
import kz.attest.web.WorkplaceCards;
import kz.attest.web.WorkplaceDeck;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.List;

/** Workplace cards: the applicant's notices, with how many are unread; the staff's delivery of notices. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeWorkplaceCards implements WorkplaceCards {

    private final Notifications notifications;
    private final CurrentUser currentUser;

    @Override
    public void declare(WorkplaceDeck deck) {
        // staff: how the notices of their organisation went out; the administrator also sees the channels
        boolean applicant = deck.holds(Roles.APPLICANT);
        deck.cardIf(!applicant, "deliveries", 85, "nav.deliveries")
                .link("nav.deliveries", "/staff/deliveries")
                .linkIf(deck.holds(Roles.SYSTEM_ADMIN), "nav.notification-channels",
                        "/admin/notifications")
                .cardIf(applicant, "notices", 20, "workplace.applicant.notices")
                .link("workplace.link.notices", "/cabinet/notices")
                .figures(() -> currentUser.current().map(user -> List.of(Figure.overdue("workplace.figure.unread",
                        notifications.unreadCount(user.accountId()), "/cabinet/notices"))).orElse(List.of()));
    }
}
