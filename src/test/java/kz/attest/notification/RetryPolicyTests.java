package kz.attest.notification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed deliveries are retried with exponential back-off and given up after the last attempt. */
class RetryPolicyTests {

    static final Instant NOW = Instant.parse("2026-03-02T04:00:00Z");
    final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(3));

    @ParameterizedTest
    @CsvSource({"1, 30", "2, 60", "3, 120", "4, 180"})
    void theWaitDoublesAfterEachFailureUpToTheCap(int attemptsMade, long seconds) {
        assertThat(policy.nextAttempt(attemptsMade, NOW)).contains(NOW.plusSeconds(seconds));
    }

    @Test
    void noAttemptAfterTheLastOne() {
        assertThat(policy.nextAttempt(5, NOW)).isEmpty();
    }

    @Test
    void aDeliveryFailsForGoodOnlyAfterItsLastAttempt() {
        NoticeDelivery delivery = new NoticeDelivery(1, 1, Channel.EMAIL, 1, "application.accepted", Map.of(), 0);
        for (int attempt = 1; attempt < 5; attempt++) {
            delivery.failed("connection refused", NOW, policy);
            assertThat(delivery.status()).isEqualTo(NoticeDeliveryStatus.PENDING);
        }
        delivery.failed("connection refused", NOW, policy);
        assertThat(delivery.status()).isEqualTo(NoticeDeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(5);
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(delivery.lastError()).isEqualTo("connection refused");
    }

    @Test
    void aSentDeliveryForgetsItsLastError() {
        NoticeDelivery delivery = new NoticeDelivery(1, 1, Channel.SMS, 1, "application.accepted", Map.of(), 0);
        delivery.failed("timeout", NOW, policy);
        delivery.sent(NOW.plusSeconds(40));
        assertThat(delivery.status()).isEqualTo(NoticeDeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(delivery.lastError()).isNull();
        assertThat(delivery.sentAt()).isEqualTo(NOW.plusSeconds(40));
    }
}
