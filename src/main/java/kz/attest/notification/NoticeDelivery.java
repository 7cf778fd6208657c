package kz.attest.notification;

import java.time.Instant;
import java.util.Map;

/**
 * One claimed delivery of a notice by one channel, with what the dispatcher needs to send it. Its verbs decide the
 * next state; the dispatcher only stores it.
 */
final class NoticeDelivery {

    private final long id;
    private final long noticeId;
    private final Channel channel;
    private final long recipientAccountId;
    private final String template;
    private final Map<String, String> parameters;
    private NoticeDeliveryStatus status = NoticeDeliveryStatus.PENDING;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant sentAt;

    NoticeDelivery(long id, long noticeId, Channel channel, long recipientAccountId, String template,
             Map<String, String> parameters, int attempts) {
        this.id = id;
        this.noticeId = noticeId;
        this.channel = channel;
        this.recipientAccountId = recipientAccountId;
        this.template = template;
        this.parameters = Map.copyOf(parameters);
        this.attempts = attempts;
    }

    void sent(Instant now) {
        attempts++;
        status = NoticeDeliveryStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
        lastError = null;
    }

    /** Nothing to send to (no address): not an error worth retrying. */
    void skipped(String reason) {
        status = NoticeDeliveryStatus.SKIPPED;
        nextAttemptAt = null;
        lastError = reason;
    }

    /** A failed attempt: try again later with back-off, or give up after the last one. */
    void failed(String error, Instant now, RetryPolicy policy) {
        attempts++;
        lastError = error == null ? "unknown error" : error;
        policy.nextAttempt(attempts, now).ifPresentOrElse(next -> {
            status = NoticeDeliveryStatus.PENDING;
            nextAttemptAt = next;
        }, () -> {
            status = NoticeDeliveryStatus.FAILED;
            nextAttemptAt = null;
        });
    }

    long id() { return id; }
    long noticeId() { return noticeId; }
    Channel channel() { return channel; }
    long recipientAccountId() { return recipientAccountId; }
    String template() { return template; }
    Map<String, String> parameters() { return parameters; }
    NoticeDeliveryStatus status() { return status; }
    int attempts() { return attempts; }
    Instant nextAttemptAt() { return nextAttemptAt; }
    String lastError() { return lastError; }
    Instant sentAt() { return sentAt; }
}
