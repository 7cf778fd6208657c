package kz.attest.delivery;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The exam-day hot path: one answer is one UPSERT in its own short (auto-commit) transaction. The statement itself
 * checks the workstation's token, the running state, the server's deadline, that the question is in the form and
 * the option exists, and that the client's sequence number is newer than the stored one. Only when it writes nothing
 * does a second, read-only query find out why.
 * <p>
 * The statement holds the attempt's row {@code FOR SHARE} until it commits, so an acknowledged answer is always
 * scored: a finish, pause or removal (each updates the row, a finish after locking it {@code FOR UPDATE}) either
 * waits for the save to commit and then reads its answer, or runs first, and the save, woken after it, re-checks
 * the changed row and writes nothing (409). Without the lock the save checked {@code RUNNING} on its own snapshot
 * and could be answered 200 after the finish had already read the answers.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AnswerSaves {

    private static final Logger log = LoggerFactory.getLogger(AnswerSaves.class);

    private final AnswerRows answers;
    private final AttemptScoring scoring;
    private final Clock clock;

    /** Saves one answer (position 1-based, option 0-based as shown); replaying the same save is harmless. */
    SavedAnswer save(SeatSession seat, UUID attemptId, int position, int option, long seq) {
        if (position < 1 || option < 0 || seq < 0) {
            throw new DeliveryRefusal(DeliveryRefusal.Reason.NOT_IN_FORM, position);
        }
        Instant now = clock.instant();
        Optional<Instant> deadline = answers.upsert(seat, attemptId, position, option, seq, now);
        if (deadline.isPresent()) {
            return saved(position, option, seq, deadline.get(), now);
        }
        return explain(seat, attemptId, position, option, seq, now);
    }

    /**
     * The save when its statement stores it (the same UPSERT as {@link #save}); empty when it wrote nothing, for
     * {@link #save} to do again and explain ({@link DirectSaves}).
     */
    Optional<SavedAnswer> saveIfStored(SeatSession seat, UUID attemptId, int position, int option, long seq) {
        if (position < 1 || option < 0 || seq < 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return answers.upsert(seat, attemptId, position, option, seq, now)
                .map(deadline -> saved(position, option, seq, deadline, now));
    }

    private SavedAnswer explain(SeatSession seat, UUID attemptId, int position, int option, long seq, Instant now) {
        Optional<AnswerRows.SaveTarget> why = answers.saveTarget(attemptId, position);
        if (why.isEmpty()) {
            log.warn("Answer for unknown attempt {} from sitting {}", attemptId, seat.sittingId());
            throw new DeliveryRefusal(DeliveryRefusal.Reason.UNKNOWN_ATTEMPT);
        }
        AnswerRows.SaveTarget w = why.get();
        if (!w.sittingId().equals(seat.sittingId())) {
            log.warn("Sitting {} tried to answer in attempt {} of another candidate", seat.sittingId(), attemptId);
            throw new DeliveryRefusal(DeliveryRefusal.Reason.NOT_YOURS);
        }
        if (!seat.tokenHash().equals(w.tokenHash())) {
            log.warn("Answer from a workstation no longer bound to sitting {}", seat.sittingId());
            throw new DeliveryRefusal(DeliveryRefusal.Reason.REPLACED);
        }
        try {
            new Attempt(attemptId, 0, Attempt.State.valueOf(w.state()), 0,
                    w.deadline(), null, null, null).record(now);
        } catch (DeliveryRefusal refused) {
            if (refused.reason() != DeliveryRefusal.Reason.PAST_DEADLINE) {
                log.info("Answer to attempt {} refused: {}", attemptId, refused.reason());
                throw refused;
            }
            scoring.finish(attemptId, Attempt.FinishReason.DEADLINE);
            // a server outage found only now moved the deadline instead: the save goes in after all
            Instant later = clock.instant();
            Optional<Instant> deadline = answers.upsert(seat, attemptId, position, option, seq, later);
            if (deadline.isPresent()) {
                return saved(position, option, seq, deadline.get(), later);
            }
            log.info("Answer after the deadline of attempt {} refused", attemptId);
            throw refused;
        }
        if (w.options() == 0 || option >= w.options()) {
            log.warn("Answer to position {} option {} not in the form of attempt {}", position, option, attemptId);
            throw new DeliveryRefusal(DeliveryRefusal.Reason.NOT_IN_FORM, position);
        }
        if (w.storedSeq() != null && w.storedSeq() == seq && w.storedOption() == option) {
            return saved(position, option, seq, w.deadline(), now);
        }
        log.warn("Stale answer to attempt {} position {}: sequence {} after {}", attemptId, position, seq, w.storedSeq());
        throw new DeliveryRefusal(DeliveryRefusal.Reason.STALE_ANSWER, seq);
    }

    /** What the client learns about a save: that it is stored, nothing else. */
    record SavedAnswer(int position, int option, long seq, String state, long remainingSeconds) {
    }

    /** A stored answer with the attempt's state (running: the save checked it) and time left (issue 12). */
    private static SavedAnswer saved(int position, int option, long seq, Instant deadline, Instant now) {
        return new SavedAnswer(position, option, seq, AttemptRow.RUNNING,
                deadline == null ? 0 : Math.max(0, java.time.Duration.between(now, deadline).toSeconds()));
    }
}
