package kz.attest.notification;

import kz.attest.identity.CurrentUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page {@code unreadNotices}: the signed-in person's unread notices, counted from the database when a page
 * asks ({@code ${unreadNotices.count()}}), so the cabinet never says "no notices" while some are unread (issue 14).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UnreadNoticesAdvice {

    private final Notifications notifications;
    private final CurrentUser currentUser;

    @ModelAttribute("unreadNotices")
    UnreadNotices unreadNotices() {
        return new UnreadNotices(notifications, currentUser);
    }

    /** Counts once, on the first question. */
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    public static final class UnreadNotices {

        private final Notifications notifications;
        private final CurrentUser currentUser;
        private Long count;

        public long count() {
            if (count == null) {
                count = currentUser.current().map(user -> notifications.unreadCount(user.accountId())).orElse(0L);
            }
            return count;
        }
    }
}
