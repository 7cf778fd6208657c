package kz.attest.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the notification module ({@code attest.notification.*}). E-mail and SMS are off until a host is set:
 * their deliveries wait in the outbox (see {@code docs/decisions-notification.md}).
 *
 * @param dispatchInterval pause between two runs of the dispatcher
 * @param batchSize        deliveries one run claims at most
 * @param lease            how long a claimed delivery is hidden from other nodes while it is being sent
 * @param retry            attempts and back-off
 * @param mail             SMTP server
 * @param sms              SMPP server (SMS centre)
 */
@ConfigurationProperties("attest.notification")
record NotificationProperties(@DefaultValue("5s") Duration dispatchInterval,
                              @DefaultValue("50") int batchSize,
                              @DefaultValue("2m") Duration lease,
                              @DefaultValue Retry retry,
                              @DefaultValue Mail mail,
                              @DefaultValue Sms sms) {

    /** Exponential back-off: the n-th failed attempt waits {@code initialBackoff * 2^(n-1)}, at most maxBackoff. */
    record Retry(@DefaultValue("5") int maxAttempts, @DefaultValue("30s") Duration initialBackoff,
                 @DefaultValue("1h") Duration maxBackoff) {

        RetryPolicy policy() {
            return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff);
        }
    }

    /** SMTP; off while host is blank. */
    record Mail(@DefaultValue("") String host, @DefaultValue("25") int port, @DefaultValue("") String username,
                @DefaultValue("") String password, @DefaultValue("false") boolean startTls,
                @DefaultValue("noreply@attest.kz") String from, @DefaultValue("10s") Duration timeout) {

        boolean enabled() {
            return !host.isBlank();
        }
    }

    /** SMPP transmitter bind; off while host is blank. */
    record Sms(@DefaultValue("") String host, @DefaultValue("2775") int port, @DefaultValue("attest") String systemId,
               @DefaultValue("") String password, @DefaultValue("") String systemType,
               @DefaultValue("ATTEST") String sourceAddress, @DefaultValue("10s") Duration timeout) {

        boolean enabled() {
            return !host.isBlank();
        }
    }
}
