package kz.attest.notification;

import kz.attest.identity.CurrentUser;
import kz.attest.identity.SignedInUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Locale;

/** The cabinet's "My notices": a signed-in person sees and marks read only their own notices. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticePageController {

    private final Notifications notifications;
    private final CurrentUser currentUser;

    @GetMapping("/cabinet/notices")
    String notices(Model model, Locale locale) {
        SignedInUser user = currentUser.require();
        model.addAttribute("notices", notifications.noticesOf(user.accountId(), locale));
        return "notification/notices";
    }

    @PostMapping("/cabinet/notices/{noticeId}/read")
    String markRead(@PathVariable long noticeId) {
        notifications.markRead(currentUser.require().accountId(), noticeId);
        return "redirect:/cabinet/notices";
    }
}
