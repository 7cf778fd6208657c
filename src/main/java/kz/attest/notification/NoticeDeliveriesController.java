package kz.attest.notification;

import java.util.List;

import kz.attest.identity.Accounts;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Role;
import kz.attest.identity.SignedInUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;

/**
 * Delivery status of every notice, whichever module sent it: staff see their organisation's notices and those to
 * their colleagues, the administrator sees all and, above them, the health of each channel.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeDeliveriesController {

    static final int LIMIT = 300;

    private final NoticeDeliveryRows rows;
    private final ChannelHealth health;
    private final CurrentUser currentUser;
    private final Accounts accounts;

    private final NoticeSubjects subjects;

    @GetMapping("/staff/deliveries")
    @PreAuthorize("isAuthenticated() and !hasRole('APPLICANT')")
    @Transactional(readOnly = true)
    String staffPage(@RequestParam(required = false) String status, Model model) {
        SignedInUser user = currentUser.require();
        NoticeDeliveryRows.Scope scope = null;
        if (!user.hasRole(Role.SYSTEM_ADMIN)) {
            String organisation = user.organisation()
                    .orElseThrow(() -> new NotificationRefusal(NotificationRefusal.Kind.NOT_ALLOWED,
                            "identity.not-your-organisation"));
            scope = new NoticeDeliveryRows.Scope(organisation, accounts.staffOf(organisation));
        }
        List<NoticeDeliveryView> deliveries = rows.recentDeliveries(scope, status(status), LIMIT);
        model.addAttribute("deliveries", deliveries);
        model.addAttribute("subjects", subjectsOf(deliveries));
        model.addAttribute("recipients", accounts.fullNames(deliveries.stream().map(NoticeDeliveryView::recipientAccountId).toList()));
        model.addAttribute("status", status(status));
        model.addAttribute("statuses", NoticeDeliveryStatus.values());
        model.addAttribute("action", "/staff/deliveries");
        return "notification/deliveries";
    }

    @GetMapping("/admin/notifications")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Transactional(readOnly = true)
    String adminPage(@RequestParam(required = false) String status, Model model) {
        model.addAttribute("channels", health.states());
        List<NoticeDeliveryView> deliveries = rows.recentDeliveries(null, status(status), LIMIT);
        model.addAttribute("deliveries", deliveries);
        model.addAttribute("subjects", subjectsOf(deliveries));
        model.addAttribute("recipients", accounts.fullNames(deliveries.stream().map(NoticeDeliveryView::recipientAccountId).toList()));
        model.addAttribute("status", status(status));
        model.addAttribute("statuses", NoticeDeliveryStatus.values());
        model.addAttribute("action", "/admin/notifications");
        return "notification/deliveries";
    }

    /** Each notice's subject in the reader's language, shown instead of its template's key (issue 14). */
    private java.util.Map<Long, String> subjectsOf(List<NoticeDeliveryView> deliveries) {
        return subjects.of(deliveries.stream().map(NoticeDeliveryView::noticeId).toList(),
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private static NoticeDeliveryStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return NoticeDeliveryStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotificationRefusal(NotificationRefusal.Kind.BAD_INPUT, "notification.deliveries.bad-status");
        }
    }
}
