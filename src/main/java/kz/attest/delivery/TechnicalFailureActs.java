package kz.attest.delivery;

import kz.attest.itembank.ItemInvalidations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The acts of technical failure applied to a sitting's stages (seed 000 ¶26), for the candidate's cabinet and the
 * results: a faulty question counted in the candidate's favour (re-scored), or a faulty practical task that voids a
 * failed stage (sat again) or leaves a pass standing. The original scores stay beside the new ones.
 */
@Service
public class TechnicalFailureActs {

    /** What the act did to the stage. */
    public enum Effect { RESCORED, VOIDED, PASS_STANDS }

    /**
     * One act applied to one stage.
     *
     * @param subjectId the invalidated question or case
     * @param nextStage the stage the candidate (re)sits because of it, if any
     */
    public record StageAct(UUID attemptId, int stage, UUID subjectId, String actReference, Effect effect,
                           int correctBefore, int correctAfter, int total, boolean passedBefore, boolean passedAfter,
                           Optional<Integer> nextStage, Instant appliedAt) {
    }

    private final JdbcClient jdbc;
    private final ItemInvalidations invalidations;

    TechnicalFailureActs(JdbcClient jdbc, ItemInvalidations invalidations) {
        this.jdbc = jdbc;
        this.invalidations = invalidations;
    }

    /** The acts applied to the sitting's stages, oldest first. */
    @Transactional(readOnly = true)
    public List<StageAct> ofSitting(UUID sittingId) {
        List<Row> rows = jdbc.sql("""
                        SELECT r.attempt_id, a.stage, r.item_id, r.act_reference, r.correct_before, r.correct_after,
                               r.total, r.passed_before, r.passed_after, r.next_stage, r.rescored_at
                        FROM delivery_rescore r JOIN delivery_attempt a ON a.id = r.attempt_id
                        WHERE a.sitting_id = ? ORDER BY r.rescored_at, a.stage""")
                .param(sittingId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getBoolean(8),
                        rs.getBoolean(9), (Integer) rs.getObject(10), rs.getTimestamp(11).toInstant()))
                .list();
        Set<UUID> cases = invalidations.invalidatedCasesAmong(rows.stream().map(Row::subject).toList());
        return rows.stream().map(r -> new StageAct(r.attempt(), r.stage(), r.subject(), r.act(),
                !cases.contains(r.subject()) ? Effect.RESCORED : r.passedBefore() ? Effect.PASS_STANDS : Effect.VOIDED,
                r.before(), r.after(), r.total(), r.passedBefore(), r.passedAfter(), Optional.ofNullable(r.next()),
                r.at())).toList();
    }

    /** Whether the attempt was voided by an act (a faulty practical task, ¶26): the stage is sat again. */
    @Transactional(readOnly = true)
    public boolean voided(UUID attemptId) {
        return jdbc.sql("""
                        SELECT count(*) FROM delivery_rescore r JOIN delivery_attempt a ON a.id = r.attempt_id
                        WHERE r.attempt_id = ? AND r.next_stage = a.stage""")
                .param(attemptId).query(Integer.class).single() > 0;
    }

    private record Row(UUID attempt, int stage, UUID subject, String act, int before, int after, int total,
                       boolean passedBefore, boolean passedAfter, Integer next, Instant at) {
    }
}
