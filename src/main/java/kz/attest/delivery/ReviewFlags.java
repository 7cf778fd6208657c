package kz.attest.delivery;

import kz.attest.web.LocalizedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The candidate's review flags, kept on the server beside the answers so that a workstation switch keeps them. A flag
 * may be set or cleared while the attempt runs or is paused, only from the workstation bound to the sitting, only for a
 * position of the candidate's form. Setting twice or clearing twice is harmless.
 */
@Service
class ReviewFlags {

    private static final Logger log = LoggerFactory.getLogger(ReviewFlags.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewFlags(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sets or clears the flag on {@code position}; returns the attempt's flagged positions. */
    @Transactional
    List<Integer> set(SeatSession seat, UUID attemptId, int position, boolean flagged) {
        Target target = jdbc.sql("""
                        SELECT a.sitting_id, s.token_hash, a.state, a.question_count
                        FROM delivery_attempt a JOIN delivery_sitting s ON s.id = a.sitting_id
                        WHERE a.id = ? FOR SHARE OF a""")
                .param(attemptId)
                .query((rs, n) -> new Target(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4)))
                .optional()
                .orElseThrow(() -> LocalizedException.notFound("delivery.attempt.not-found"));
        if (!target.sittingId().equals(seat.sittingId())) {
            log.warn("Sitting {} tried to flag in attempt {} of another candidate", seat.sittingId(), attemptId);
            throw LocalizedException.forbidden("delivery.attempt.not-yours");
        }
        if (!seat.tokenHash().equals(target.tokenHash())) {
            throw LocalizedException.forbidden("delivery.refused.workstation");
        }
        if (!AttemptRow.RUNNING.equals(target.state()) && !AttemptRow.PAUSED.equals(target.state())) {
            throw LocalizedException.conflict("delivery.attempt.closed");
        }
        if (target.questionCount() == null || position < 1 || position > target.questionCount()) {
            throw LocalizedException.badRequest("delivery.answer.not-in-form", position);
        }
        if (flagged) {
            jdbc.sql("""
                            INSERT INTO delivery_review_flag (attempt_id, position, flagged_at) VALUES (?, ?, ?)
                            ON CONFLICT (attempt_id, position) DO NOTHING""")
                    .params(attemptId, position, Timestamp.from(clock.instant())).update();
        } else {
            jdbc.sql("DELETE FROM delivery_review_flag WHERE attempt_id = ? AND position = ?")
                    .params(attemptId, position).update();
        }
        return of(attemptId);
    }

    /** The attempt's flagged positions, in order. */
    List<Integer> of(UUID attemptId) {
        return jdbc.sql("SELECT position FROM delivery_review_flag WHERE attempt_id = ? ORDER BY position")
                .param(attemptId).query(Integer.class).list();
    }

    private record Target(UUID sittingId, String tokenHash, String state, Integer questionCount) {
    }
}
