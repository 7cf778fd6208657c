package kz.attest.delivery;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The server's deadline, kept whether or not a browser is still there (¶16, ¶21): a scheduled sweep finishes every
 * running attempt whose deadline passed, each in its own transaction, after checking for a server outage whose time
 * must be given back first; the candidate's own requests finish an overdue attempt on the spot.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DeadlineSweep {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);
    private static final int BATCH = 200;

    private final ExamRows rows;
    private final AttemptScoring scoring;
    private final ServerOutages outages;
    private final Clock clock;
    private final TransactionTemplate transactions;

    /** Finishes every attempt whose server deadline passed, whether or not a browser is still there. */
    @Scheduled(fixedDelayString = "${attest.delivery.deadline-sweep:PT5S}", initialDelayString = "PT10S")
    public void sweep() {
        try {
            outages.detect(ServerOutages.SWEEP); // deadlines that fell inside a server outage move before anything finishes
        } catch (RuntimeException e) {
            log.warn("Deadline sweep skipped: could not check for a server outage ({})", e.getMessage());
            return;
        }
        for (UUID id : rows.overdue(clock.instant(), BATCH)) {
            try {
                transactions.executeWithoutResult(status -> scoring.finish(id, Attempt.FinishReason.DEADLINE));
            } catch (RuntimeException e) {
                log.error("Could not finish attempt {} at its deadline", id, e);
            }
        }
    }

    /** Finishes the overdue ones among a sitting's attempts, in the caller's transaction; true if it finished any. */
    boolean finishOverdue(List<AttemptRow> attempts) {
        Instant now = clock.instant();
        boolean finished = false;
        for (AttemptRow attempt : attempts) {
            if (Attempt.of(attempt).isOverdueAt(now)) {
                scoring.finish(attempt.id(), Attempt.FinishReason.DEADLINE);
                finished = true;
            }
        }
        return finished;
    }

    /** The attempt as it is now: finished first if its deadline passed. */
    AttemptRow finishIfOverdue(AttemptRow attempt) {
        if (!Attempt.of(attempt).isOverdueAt(clock.instant())) {
            return attempt;
        }
        scoring.finish(attempt.id(), Attempt.FinishReason.DEADLINE);
        return rows.attempt(attempt.id()).orElseThrow();
    }
}
