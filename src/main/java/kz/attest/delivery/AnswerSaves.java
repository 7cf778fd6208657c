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

    /**
     * The UPSERT, with the attempt's row read (and held {@code FOR SHARE}) in a CTE so that the statement also
     * returns the attempt's deadline: the save's answer carries the attempt's state and time left, and the client
     * needs no separate status poll while it is saving (issue 12). No row: the attempt refused it; {@code written}
     * 0: a stale sequence number.
     */
    private static final String UPSERT = """
            WITH a AS (
                SELECT a.id, a.deadline
                FROM delivery_attempt a JOIN delivery_sitting s ON s.id = a.sitting_id
                WHERE a.id = :attempt AND s.id = :sitting AND s.token_hash = :token AND a.state = 'RUNNING'
                  AND a.deadline > :now AND :position BETWEEN 1 AND a.question_count
                  AND :option >= 0 AND :option < a.option_counts[:position]
                FOR SHARE OF a),
            w AS (
                INSERT INTO delivery_answer (attempt_id, position, option, client_seq, saved_at)
                SELECT a.id, :position, :option, :seq, :now FROM a
                ON CONFLICT (attempt_id, position) DO UPDATE
                    SET option = EXCLUDED.option, client_seq = EXCLUDED.client_seq, saved_at = EXCLUDED.saved_at
                    WHERE delivery_answer.client_seq < EXCLUDED.client_seq
                RETURNING 1)
            SELECT a.deadline, (SELECT count(*) FROM w) AS written FROM a""";

    private static final String WHY = """
            SELECT a.sitting_id, s.token_hash, a.state, a.deadline,
                   CASE WHEN :position BETWEEN 1 AND coalesce(a.question_count, 0) THEN a.option_counts[:position] END AS options,
                   ans.client_seq, ans.option
            FROM delivery_attempt a JOIN delivery_sitting s ON s.id = a.sitting_id
            LEFT JOIN delivery_answer ans ON ans.attempt_id = a.id AND ans.position = :position
            WHERE a.id = :attempt""";

    private final JdbcClient jdbc;
    private final Attempts attempts;
    private final Clock clock;

    AnswerSaves(JdbcClient jdbc, Attempts attempts, Clock clock) {
        this.jdbc = jdbc;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Saves one answer (position 1-based, option 0-based as shown); replaying the same save is harmless. */
    SavedAnswer save(SeatSession seat, UUID attemptId, int position, int option, long seq) {
        if (position < 1 || option < 0 || seq < 0) {
            throw LocalizedException.badRequest("delivery.answer.not-in-form", position);
        }
        Timestamp now = Timestamp.from(clock.instant());
        Optional<Instant> deadline = upsert(seat, attemptId, position, option, seq, now);
        if (deadline.isPresent()) {
            return saved(position, option, seq, deadline.get(), now.toInstant());
        }
        return explain(seat, attemptId, position, option, seq, now.toInstant());
    }

    /** The attempt's deadline when the answer was written, empty when nothing was written. */
    private Optional<Instant> upsert(SeatSession seat, UUID attemptId, int position, int option, long seq, Timestamp now) {
        return jdbc.sql(UPSERT)
                .param("position", position).param("option", option).param("seq", seq).param("now", now)
                .param("attempt", attemptId).param("sitting", seat.sittingId()).param("token", seat.tokenHash())
                .query((rs, n) -> rs.getLong("written") == 1 ? rs.getTimestamp("deadline").toInstant() : null)
                .optional();
    }

    private static SavedAnswer saved(int position, int option, long seq, Instant deadline, Instant now) {
        return new SavedAnswer(position, option, seq, AttemptRow.RUNNING,
                Math.max(0, java.time.Duration.between(now, deadline).toSeconds()));
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
                    w.deadline() == null ? null : w.deadline().toInstant(), null).record(now);
        } catch (Attempt.Refused refused) {
            if (refused.reason != Attempt.Refusal.PAST_DEADLINE) {
                log.info("Answer to attempt {} refused: {}", attemptId, refused.reason);
                throw LocalizedException.conflict(refused.reason.key);
            }
            attempts.finish(attemptId, Attempts.REASON_DEADLINE);
            // a server outage found only now moved the deadline instead: the save goes in after all
            Instant later = clock.instant();
            Optional<Instant> deadline = upsert(seat, attemptId, position, option, seq, Timestamp.from(later));
            if (deadline.isPresent()) {
                return saved(position, option, seq, deadline.get(), later);
            }
            log.info("Answer after the deadline of attempt {} refused", attemptId);
            throw LocalizedException.conflict("delivery.attempt.past-deadline");
        }
        if (w.options() == 0 || option >= w.options()) {
            log.warn("Answer to position {} option {} not in the form of attempt {}", position, option, attemptId);
            throw LocalizedException.badRequest("delivery.answer.not-in-form", position);
        }
        if (w.storedSeq() != null && w.storedSeq() == seq && w.storedOption() == option) {
            return saved(position, option, seq, w.deadline().toInstant(), now);
        }
        log.warn("Stale answer to attempt {} position {}: sequence {} after {}", attemptId, position, seq, w.storedSeq());
        throw LocalizedException.conflict("delivery.answer.stale", seq);
    }

    private record Why(UUID sittingId, String tokenHash, String state, Timestamp deadline, int options, Long storedSeq,
                       int storedOption) {
    }

    /**
     * What the client learns about a save: that it is stored, and the attempt's state and time left from the
     * server's deadline (so a saving client needs no status poll: a changed deadline reaches it with the next save).
     */
    record SavedAnswer(int position, int option, long seq, String state, long remainingSeconds) {
    }
}
