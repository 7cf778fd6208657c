package kz.attest.identity;

import java.time.Duration;

/** Repeated failed sign-ins lock the account for a while, which slows password guessing to a crawl. */
record LockoutPolicy(int maxFailures, Duration lockDuration) {

    LockoutPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockout needs at least one failure and a positive duration");
        }
    }

    long lockMinutes() {
        return Math.max(1, lockDuration.toMinutes());
    }
}
