package kz.attest.notification;

import java.time.Instant;

/**
 * How one notice went by one channel, for officers: status, attempts, last error, when it was sent.
 *
 * @param nextAttemptAt when a pending delivery is tried next, else {@code null}
 * @param sentAt        when it was handed over, else {@code null}
 */
public record NoticeDeliveryView(long noticeId, long recipientAccountId, String template, Instant createdAt, Channel channel,
                           NoticeDeliveryStatus status, int attempts, String lastError, Instant nextAttemptAt,
                           Instant sentAt) {

    /** When the notice was created, on the wall clock of Astana and Almaty, for screens. */
    public java.time.LocalDateTime createdAtLocal() {
        return java.time.LocalDateTime.ofInstant(createdAt, java.time.ZoneId.of("Asia/Almaty"));
    }
}
