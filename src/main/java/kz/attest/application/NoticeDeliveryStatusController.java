package kz.attest.application;

import kz.attest.notification.NoticeDeliveryView;
import kz.attest.notification.Notifications;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Officers see how each notice about an application went, per channel: status, attempts, last error. */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeDeliveryStatusController {

    private final Applications applications;
    private final Notifications notifications;

    @GetMapping("/api/v1/applications/{id}/deliveries")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    List<NoticeDeliveryView> deliveries(@PathVariable long id) {
        applications.view(id);   // the officer's own organisation only (403 otherwise)
        return notifications.deliveriesOf(StatusNotices.ENTITY, Long.toString(id));
    }
}
