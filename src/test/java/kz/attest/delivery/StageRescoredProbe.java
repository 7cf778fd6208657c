package kz.attest.delivery;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test-only: keeps every {@link StageRescored} published in the shared test context, on whichever thread (re-scoring
 * runs after the invalidation commits, possibly asynchronously, where {@code ApplicationEvents} does not see it).
 */
@Component
class StageRescoredProbe {

    static final List<StageRescored> SEEN = new CopyOnWriteArrayList<>();

    @EventListener
    void on(StageRescored event) {
        SEEN.add(event);
    }
}
