package kz.attest.delivery;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The candidate's answers and review flags, in plain SQL: the save path's one UPSERT (which checks the workstation's
 * token, the running state, the server's deadline, the position and option and the client's sequence in the statement
 * itself, holding the attempt's row {@code FOR SHARE} until it commits), the read that explains a save that wrote
 * nothing, and the flags.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AnswerRows {

    /**
     * The UPSERT, with the attempt's row read (and held {@code FOR SHARE}) in a CTE so that the statement also
     * returns the attempt's deadline: the save's answer carries the attempt's state and time left, and the client
     * needs no separate status poll while it saves (issue 12). No row: the attempt refused it; {@code written} 0: a
     * stale sequence number.
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

    /**
     * The save: the attempt's deadline when the answer is stored (or replaced by a newer sequence), empty when the
     * statement refused it.
     */
    Optional<Instant> upsert(SeatSession seat, UUID attemptId, int position, int option, long seq, Instant now) {
        return jdbc.sql(UPSERT)
                .param("position", position).param("option", option).param("seq", seq)
                .param("now", Timestamp.from(now))
                .param("attempt", attemptId).param("sitting", seat.sittingId()).param("token", seat.tokenHash())
                .query((rs, n) -> rs.getLong("written") == 1 ? rs.getTimestamp("deadline").toInstant() : null)
                .optional();
    }

    /** Why a save wrote nothing: the attempt's owner, token, state and deadline, and the position's stored answer. */
    Optional<SaveTarget> saveTarget(UUID attemptId, int position) {
        return jdbc.sql(WHY).param("position", position).param("attempt", attemptId)
                .query((rs, n) -> {
                    long storedSeq = rs.getLong("client_seq");
                    Long stored = rs.wasNull() ? null : storedSeq;
                    int storedOption = rs.getInt("option");
                    int options = rs.getInt("options");
                    if (rs.wasNull()) {
                        options = 0;
                    }
                    Timestamp deadline = rs.getTimestamp("deadline");
                    return new SaveTarget(rs.getObject("sitting_id", UUID.class), rs.getString("token_hash"),
                            rs.getString("state"), deadline == null ? null : deadline.toInstant(), options, stored,
                            storedOption);
                }).optional();
    }

    /** An attempt as the save path sees it: {@code options} is 0 for a position outside the form. */
    record SaveTarget(UUID sittingId, String tokenHash, String state, Instant deadline, int options, Long storedSeq,
                      int storedOption) {
    }

    /** The attempt a flag is set on, its row held {@code FOR SHARE} like a save's. */
    Optional<FlagTarget> flagTarget(UUID attemptId) {
        return jdbc.sql("""
                        SELECT a.sitting_id, s.token_hash, a.state, a.question_count
                        FROM delivery_attempt a JOIN delivery_sitting s ON s.id = a.sitting_id
                        WHERE a.id = ? FOR SHARE OF a""")
                .param(attemptId)
                .query((rs, n) -> new FlagTarget(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4)))
                .optional();
    }

    record FlagTarget(UUID sittingId, String tokenHash, String state, Integer questionCount) {
    }

    void flag(UUID attemptId, int position, Instant at) {
        jdbc.sql("""
                        INSERT INTO delivery_review_flag (attempt_id, position, flagged_at) VALUES (?, ?, ?)
                        ON CONFLICT (attempt_id, position) DO NOTHING""")
                .params(attemptId, position, Timestamp.from(at)).update();
    }

    void unflag(UUID attemptId, int position) {
        jdbc.sql("DELETE FROM delivery_review_flag WHERE attempt_id = ? AND position = ?")
                .params(attemptId, position).update();
    }

    /** The attempt's flagged positions, in order. */
    List<Integer> flags(UUID attemptId) {
        return jdbc.sql("SELECT position FROM delivery_review_flag WHERE attempt_id = ? ORDER BY position")
                .param(attemptId).query(Integer.class).list();
    }
}
