package kz.attest.delivery;

import kz.attest.itembank.ItemInvalidations;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
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

    private final RescoreRows rows;
    private final ItemInvalidations invalidations;

    /** The acts applied to the sitting's stages, oldest first. */
    @Transactional(readOnly = true)
    public List<StageAct> ofSitting(UUID sittingId) {
        List<RescoreRows.RescoreRow> applied = rows.rescoresOfSitting(sittingId);
        Set<UUID> cases = invalidations.invalidatedCasesAmong(
                applied.stream().map(RescoreRows.RescoreRow::subject).toList());
        return applied.stream().map(r -> new StageAct(r.attempt(), r.stage(), r.subject(), r.act(),
                !cases.contains(r.subject()) ? Effect.RESCORED : r.passedBefore() ? Effect.PASS_STANDS : Effect.VOIDED,
                r.before(), r.after(), r.total(), r.passedBefore(), r.passedAfter(), Optional.ofNullable(r.next()),
                r.at())).toList();
    }

    /** Whether the attempt was voided by an act (a faulty practical task, ¶26): the stage is sat again. */
    @Transactional(readOnly = true)
    public boolean voided(UUID attemptId) {
        return rows.voided(attemptId);
    }
}
