package kz.attest.delivery;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The re-scoring side of the delivery tables (¶26: a question or case found faulty after the test): the finished
 * attempts that showed it, their forms locked, and {@code delivery_rescore}, the record of every re-score and voiding.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RescoreRows {

    private final JdbcClient jdbc;

    /** The finished attempts whose form showed the bank question, locked in id order (¶26 re-scoring). */
    List<UUID> finishedAttemptsShowing(UUID itemId) {
        return jdbc.sql("""
                        SELECT id FROM delivery_attempt WHERE form @> CAST(? AS jsonb) AND state = 'FINISHED'
                            AND sitting_id NOT IN (SELECT id FROM delivery_sitting WHERE trial)
                        ORDER BY id FOR UPDATE""")
                .param("{\"items\":[{\"itemId\":\"" + itemId + "\"}]}").query(UUID.class).list();
    }

    /** The finished attempts whose form showed the case, locked in id order (¶26, a faulty practical task). */
    List<UUID> finishedAttemptsShowingCase(UUID caseId) {
        return jdbc.sql("""
                        SELECT id FROM delivery_attempt WHERE form @> CAST(? AS jsonb) AND state = 'FINISHED'
                            AND sitting_id NOT IN (SELECT id FROM delivery_sitting WHERE trial)
                        ORDER BY id FOR UPDATE""")
                .param("{\"cases\":[{\"caseId\":\"" + caseId + "\"}]}").query(UUID.class).list();
    }

    /** The attempt's form (JSON), its row locked; empty when there is no such attempt, null before its start. */
    Optional<String> formForUpdate(UUID attemptId) {
        return jdbc.sql("SELECT form::text FROM delivery_attempt WHERE id = ? FOR UPDATE")
                .param(attemptId).query(String.class).optional();
    }

    /** The re-scores and voidings applied to a sitting's stages, oldest first. */
    List<RescoreRow> rescoresOfSitting(UUID sittingId) {
        return jdbc.sql("""
                        SELECT r.attempt_id, a.stage, r.item_id, r.act_reference, r.correct_before, r.correct_after,
                               r.total, r.passed_before, r.passed_after, r.next_stage, r.rescored_at
                        FROM delivery_rescore r JOIN delivery_attempt a ON a.id = r.attempt_id
                        WHERE a.sitting_id = ? ORDER BY r.rescored_at, a.stage""")
                .param(sittingId)
                .query((rs, n) -> new RescoreRow(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getBoolean(8),
                        rs.getBoolean(9), (Integer) rs.getObject(10), rs.getTimestamp(11).toInstant()))
                .list();
    }

    /** A row of {@code delivery_rescore} with its attempt's stage; {@code next} is the stage to sit again, if any. */
    record RescoreRow(UUID attempt, int stage, UUID subject, String act, int before, int after, int total,
                      boolean passedBefore, boolean passedAfter, Integer next, Instant at) {
    }

    /** Whether an act voided the attempt: its stage is to be sat again. */
    boolean voided(UUID attemptId) {
        return jdbc.sql("""
                        SELECT count(*) FROM delivery_rescore r JOIN delivery_attempt a ON a.id = r.attempt_id
                        WHERE r.attempt_id = ? AND r.next_stage = a.stage""")
                .param(attemptId).query(Integer.class).single() > 0;
    }

    /** Records one re-score; false when this attempt was already re-scored for this question. */
    boolean insertRescore(UUID attemptId, UUID itemId, String actReference, int correctBefore, int correctAfter,
                          int total, boolean passedBefore, boolean passedAfter, Integer nextStage, Instant at) {
        return jdbc.sql("""
                        INSERT INTO delivery_rescore (attempt_id, item_id, act_reference, correct_before, correct_after,
                            total, passed_before, passed_after, next_stage, rescored_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id, item_id) DO NOTHING""")
                .params(attemptId, itemId, actReference, correctBefore, correctAfter, total, passedBefore, passedAfter,
                        nextStage, ExamRows.ts(at))
                .update() == 1;
    }

    /** The new score; the first score stays in {@code original_correct} / {@code original_passed}. */
    void rescore(UUID id, int correct, boolean passed, Instant at) {
        jdbc.sql("""
                        UPDATE delivery_attempt SET original_correct = COALESCE(original_correct, correct),
                            original_passed = COALESCE(original_passed, passed), correct = ?, passed = ?, rescored_at = ?
                        WHERE id = ?""")
                .params(correct, passed, ExamRows.ts(at), id).update();
    }
}
