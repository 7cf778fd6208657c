package kz.attest.decision;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static kz.attest.web.Refusal.Kind.TOO_MANY;

/**
 * Requests to the public verification page per client address (Bucket4j token buckets): {@code
 * attest.decision.verify-requests-per-minute} (default 30), refilled every minute; beyond it a localized 429. The most
 * recent 10,000 addresses are remembered (least recently used forgotten first).
 */
@Component
class VerificationRateLimit {

    private static final int REMEMBERED = 10_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > REMEMBERED;
        }
    };

    VerificationRateLimit(@Value("${attest.decision.verify-requests-per-minute:30}") int perMinute) {
        this.perMinute = Math.max(1, perMinute);
    }

    /** Takes one request of the address's allowance, or refuses with 429. */
    void take(String clientAddress) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(clientAddress == null ? "?" : clientAddress, k -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1))
                            .build())
                    .build());
        }
        if (!bucket.tryConsume(1)) {
            throw new DecisionRefusal(TOO_MANY, "decision.verify.too-many");
        }
    }
}
