package kz.attest.notification;

import kz.attest.identity.CurrentUser;
import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard;
import kz.attest.web.WorkplaceCard.Figure;
import kz.attest.web.WorkplaceCards;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;

/** Workplace cards: the applicant's notices, with how many are unread; the staff's delivery of notices. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeWorkplaceCards implements WorkplaceCards {

    private final Notifications notifications;
    private final CurrentUser currentUser;

    @Override
    public List<WorkplaceCard> cards(Authentication person) {
        // staff: how the notices of their organisation went out; the administrator also sees the channels
        boolean applicant = WorkplaceCards.has(person, Roles.APPLICANT);
        return WorkplaceCards.deck(person)
                .cardIf(!applicant, "deliveries", 85, "nav.deliveries")
                .link("nav.deliveries", "/staff/deliveries")
                .linkIf(WorkplaceCards.has(person, Roles.SYSTEM_ADMIN), "nav.notification-channels",
                        "/admin/notifications")
                .cardIf(applicant, "notices", 20, "workplace.applicant.notices")
                .link("workplace.link.notices", "/cabinet/notices")
                .figures(() -> currentUser.current().map(user -> List.of(Figure.overdue("workplace.figure.unread",
                        notifications.unreadCount(user.accountId()), "/cabinet/notices"))).orElse(List.of()))
                .cards();
    }
}
