package kz.attest.notification;

import kz.attest.identity.CurrentUser;
import kz.attest.web.Roles;
import kz.attest.web.WorkplaceCard;
import kz.attest.web.WorkplaceCard.Figure;
import kz.attest.web.WorkplaceCard.Link;
import kz.attest.web.WorkplaceCards;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;

/** Workplace cards: the applicant's notices, with how many are unread; the staff's delivery of notices. */
@Component
class NoticeWorkplaceCards implements WorkplaceCards {

    private final Notifications notifications;
    private final CurrentUser currentUser;

    NoticeWorkplaceCards(Notifications notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public List<WorkplaceCard> cards(Authentication person) {
        if (!WorkplaceCards.has(person, Roles.APPLICANT)) {
            // staff: how the notices of their organisation went out; the administrator also sees the channels
            java.util.List<Link> links = new java.util.ArrayList<>();
            links.add(Link.of("nav.deliveries", "/staff/deliveries"));
            if (WorkplaceCards.has(person, Roles.SYSTEM_ADMIN)) {
                links.add(Link.of("nav.notification-channels", "/admin/notifications"));
            }
            return List.of(WorkplaceCard.of("deliveries", 85, "nav.deliveries", links));
        }
        return List.of(new WorkplaceCard("notices", 20, "workplace.applicant.notices",
                List.of(Link.of("workplace.link.notices", "/cabinet/notices")),
                () -> currentUser.current().map(user -> List.of(Figure.overdue("workplace.figure.unread",
                        notifications.unreadCount(user.accountId()), "/cabinet/notices"))).orElse(List.of())));
    }
}
