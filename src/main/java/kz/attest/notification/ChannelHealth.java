package kz.attest.notification;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which channels can deliver and what waits for each: e-mail and SMS are off until their server is configured, and
 * their deliveries then pile up as pending. Said at start-up in the log (a WARN per channel that is off while notices
 * for it wait) and on the administrator's page.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChannelHealth {

    private static final Logger log = LoggerFactory.getLogger(ChannelHealth.class);

    private final NotificationProperties properties;
    private final NoticeDeliveryRows rows;

    /** Pending and failed deliveries of one channel, and when the oldest pending notice was created. */
    record Backlog(Channel channel, long pending, long failed, Instant oldestPending) {
    }

    /**
     * One channel's state.
     *
     * @param configured whether a server is configured (the cabinet always is)
     * @param warning    off while deliveries for it wait: they will not leave until it is configured
     */
    record State(Channel channel, boolean configured, long pending, long failed, Instant oldestPending,
                 boolean warning) {

        /** The oldest pending notice's time on the wall clock of Astana and Almaty, or {@code null}. */
        public java.time.LocalDateTime oldestPendingLocal() {
            return oldestPending == null ? null
                    : java.time.LocalDateTime.ofInstant(oldestPending, java.time.ZoneId.of("Asia/Almaty"));
        }
    }

    boolean configured(Channel channel) {
        return switch (channel) {
            case CABINET -> true;
            case EMAIL -> properties.mail().enabled();
            case SMS -> properties.sms().enabled();
        };
    }

    @Transactional(readOnly = true)
    List<State> states() {
        Map<Channel, Backlog> backlog = rows.backlog().stream()
                .collect(Collectors.toMap(Backlog::channel, Function.identity()));
        return Arrays.stream(Channel.values()).map(channel -> {
            Backlog waiting = backlog.getOrDefault(channel, new Backlog(channel, 0, 0, null));
            boolean configured = configured(channel);
            return new State(channel, configured, waiting.pending(), waiting.failed(), waiting.oldestPending(),
                    !configured && waiting.pending() > 0);
        }).toList();
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportAtStartUp() {
        for (State state : states()) {
            if (state.warning()) {
                log.warn("Notification channel {} is OFF (no server configured: attest.notification.{}.host) while "
                                + "{} deliveries wait for it, the oldest since {}; {} failed",
                        state.channel(), state.channel() == Channel.EMAIL ? "mail" : "sms", state.pending(),
                        state.oldestPending(), state.failed());
            } else if (!state.configured()) {
                log.warn("Notification channel {} is OFF (no server configured: attest.notification.{}.host); "
                        + "nothing waits for it yet", state.channel(), state.channel() == Channel.EMAIL ? "mail" : "sms");
            } else {
                log.info("Notification channel {} is configured: {} pending (oldest since {}), {} failed",
                        state.channel(), state.pending(), state.oldestPending(), state.failed());
            }
        }
    }
}
