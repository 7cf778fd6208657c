package kz.attest.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: exponential back-off, and no more after {@code maxAttempts}.
 *
 * @param maxAttempts    attempts in all, the first included
 * @param initialBackoff wait after the first failure
 * @param maxBackoff     the longest wait
 */
record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    RetryPolicy {
        if (maxAttempts < 1 || initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("invalid retry policy");
        }
    }

    /** The time of the next attempt after {@code attemptsMade} failures, or empty when the delivery has failed. */
    Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(attemptsMade - 1, 30);
        Duration wait = initialBackoff.multipliedBy(1L << doublings);
        return Optional.of(failedAt.plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait));
    }
}
