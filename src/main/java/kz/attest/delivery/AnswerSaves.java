package kz.attest.delivery;

import kz.attest.web.LocalizedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Timestamp;
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
class AnswerSaves {

    private static final Logger log = LoggerFactory.getLogger(AnswerSaves.class);

    private static final String UPSERT = """
            INSERT INTO delivery_answer (attempt_id, position, option, client_seq, saved_at)
            SELECT a.id, :position, :option, :seq, :now
            FROM delivery_attempt a JOIN delivery_sitting s ON s.id = a.sitting_id
            WHERE a.id = :attempt AND s.id = :sitting AND s.token_hash = :token AND a.state = 'RUNNING'
              AND a.deadline > :now AND :position BETWEEN 1 AND a.question_count
              AND :option >= 0 AND :option < a.option_counts[:position]
            FOR SHARE OF a
            ON CONFLICT (attempt_id, position) DO UPDATE
                SET option = EXCLUDED.option, client_seq = EXCLUDED.client_seq, saved_at = EXCLUDED.saved_at
                WHERE delivery_answer.client_seq < EXCLUDED.client_seq""";

    private static final String WHY = """
            SELECT a.sitting_id, s.token_hash, a.state, a.deadline,
                   CASE WHEN :position BETWEEN 1 AND coalesce(a.question_count, 0) THEN a.option_counts[:position] END AS options,
                   ans.client_seq, ans.option
            FROM delivery_attempt a JOIN delivery_sitting s ON s.id = a.sitting_id
            LEFT JOIN delivery_answer ans ON ans.attempt_id = a.id AND ans.position = :position
            WHERE a.id = :attempt""";

    private final JdbcClient jdbc;
    private final AttemptScoring scoring;
    private final Clock clock;

    AnswerSaves(JdbcClient jdbc, AttemptScoring scoring, Clock clock) {
        this.jdbc = jdbc;
        this.scoring = scoring;
        this.clock = clock;
    }

    /** Saves one answer (position 1-based, option 0-based as shown); replaying the same save is harmless. */
    SavedAnswer save(SeatSession seat, UUID attemptId, int position, int option, long seq) {
        if (position < 1 || option < 0 || seq < 0) {
            throw LocalizedException.badRequest("delivery.answer.not-in-form", position);
        }
        Timestamp now = Timestamp.from(clock.instant());
        if (upsert(seat, attemptId, position, option, seq, now) == 1) {
            return new SavedAnswer(position, option, seq);
        }
        return explain(seat, attemptId, position, option, seq, now.toInstant());
    }

    private int upsert(SeatSession seat, UUID attemptId, int position, int option, long seq, Timestamp now) {
        return jdbc.sql(UPSERT)
                .param("position", position).param("option", option).param("seq", seq).param("now", now)
                .param("attempt", attemptId).param("sitting", seat.sittingId()).param("token", seat.tokenHash())
                .update();
    }

    private SavedAnswer explain(SeatSession seat, UUID attemptId, int position, int option, long seq, Instant now) {
        Optional<Why> why = jdbc.sql(WHY).param("position", position).param("attempt", attemptId)
                .query((rs, n) -> {
                    long storedSeq = rs.getLong("client_seq");
                    Long stored = rs.wasNull() ? null : storedSeq;
                    int storedOption = rs.getInt("option");
                    int options = rs.getInt("options");
                    if (rs.wasNull()) {
                        options = 0;
                    }
                    return new Why(rs.getObject("sitting_id", UUID.class), rs.getString("token_hash"),
                            rs.getString("state"), rs.getTimestamp("deadline"), options, stored, storedOption);
                }).optional();
        if (why.isEmpty()) {
            log.warn("Answer for unknown attempt {} from sitting {}", attemptId, seat.sittingId());
            throw LocalizedException.notFound("delivery.attempt.not-found");
        }
        Why w = why.get();
        if (!w.sittingId().equals(seat.sittingId())) {
            log.warn("Sitting {} tried to answer in attempt {} of another candidate", seat.sittingId(), attemptId);
            throw LocalizedException.forbidden("delivery.attempt.not-yours");
        }
        if (!seat.tokenHash().equals(w.tokenHash())) {
            log.warn("Answer from a workstation no longer bound to sitting {}", seat.sittingId());
            throw LocalizedException.forbidden("delivery.refused.workstation");
        }
        try {
            new Attempt(attemptId, 0, Attempt.State.valueOf(w.state()), 0,
                    w.deadline() == null ? null : w.deadline().toInstant(), null, null, null).record(now);
        } catch (AttemptRefusal refused) {
            if (refused.reason() != AttemptRefusal.Reason.PAST_DEADLINE) {
                log.info("Answer to attempt {} refused: {}", attemptId, refused.reason());
                throw refused;
            }
            scoring.finish(attemptId, Attempt.FinishReason.DEADLINE);
            // a server outage found only now moved the deadline instead: the save goes in after all
            if (upsert(seat, attemptId, position, option, seq, Timestamp.from(clock.instant())) == 1) {
                return new SavedAnswer(position, option, seq);
            }
            log.info("Answer after the deadline of attempt {} refused", attemptId);
            throw refused;
        }
        if (w.options() == 0 || option >= w.options()) {
            log.warn("Answer to position {} option {} not in the form of attempt {}", position, option, attemptId);
            throw LocalizedException.badRequest("delivery.answer.not-in-form", position);
        }
        if (w.storedSeq() != null && w.storedSeq() == seq && w.storedOption() == option) {
            return new SavedAnswer(position, option, seq);
        }
        log.warn("Stale answer to attempt {} position {}: sequence {} after {}", attemptId, position, seq, w.storedSeq());
        throw LocalizedException.conflict("delivery.answer.stale", seq);
    }

    private record Why(UUID sittingId, String tokenHash, String state, Timestamp deadline, int options, Long storedSeq,
                       int storedOption) {
    }

    /** What the client learns about a save: that it is stored, nothing else. */
    record SavedAnswer(int position, int option, long seq) {
    }
}
