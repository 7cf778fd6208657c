package kz.attest.scheduling;

import kz.attest.audit.AuditLog;
import kz.attest.catalogue.ServiceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "A new sitting is planned" (seed 000 ¶26): after a re-score admits a candidate to a stage (a question invalidated
 * on an act of technical failure, or a faulty practical task), the provider's motivated letter asks the operator for
 * a new sitting of that stage. The request is kept here until the operator assigns the candidate to a session whose
 * plan holds the stage; the candidate then sits only that stage and the ones after it. Called by the decision module,
 * which keeps the letter (scheduling cannot listen to delivery, which depends on it).
 */
@Service
public class StagePlanning {

    private final JdbcClient jdbc;
    private final SessionRows rows;
    private final AuditLog audit;
    private final Clock clock;

    StagePlanning(JdbcClient jdbc, SessionRows rows, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Asks for a new sitting of {@code stage} for the candidate of an earlier sitting. False when this node has no
     * such sitting (e.g. it was held elsewhere) or the same stage was already asked for it; each new request audited.
     */
    @Transactional
    public boolean request(UUID previousSittingId, int stage, String reason) {
        Optional<Sitting> previous = rows.sitting(previousSittingId);
        if (previous.isEmpty()) {
            return false;
        }
        Sitting sitting = previous.get();
        Session session = rows.find(sitting.sessionId()).orElseThrow();
        String why = reason == null || reason.isBlank() ? "re-scored" : reason.strip();
        Optional<Long> id = jdbc.sql("""
                        INSERT INTO scheduling_stage_request (previous_sitting_id, application_id, service_code, stage,
                            reason, requested_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (previous_sitting_id, stage) DO NOTHING RETURNING id""")
                .params(sitting.id(), sitting.applicationId(), session.service().value(), stage,
                        why.length() > 1000 ? why.substring(0, 1000) : why, Timestamp.from(clock.instant()))
                .query(Long.class).optional();
        id.ifPresent(requestId -> audit.record("system", "scheduling.stage-requested", CheckIns.ENTITY,
                sitting.id().toString(), "application %d: stage %d to be sat at a new session (request %d): %s"
                        .formatted(sitting.applicationId(), stage, requestId, why)));
        return id.isPresent();
    }

    /**
     * The requests of a service not yet planned: never assigned, or assigned to a sitting the candidate missed with
     * an excused absence.
     */
    List<Pending> pending(ServiceCode service) {
        return jdbc.sql("""
                        SELECT r.id, r.previous_sitting_id, r.stage FROM scheduling_stage_request r
                        WHERE r.service_code = ? AND (r.sitting_id IS NULL OR EXISTS (
                            SELECT 1 FROM scheduling_sitting s WHERE s.id = r.sitting_id AND s.state = 'ABSENT'
                              AND s.excused_at IS NOT NULL))
                        ORDER BY r.id""")
                .param(service.value())
                .query((rs, n) -> new Pending(rs.getLong(1), rows.sitting(rs.getObject(2, UUID.class)).orElseThrow(),
                        rs.getInt(3)))
                .list();
    }

    void fulfilled(long requestId, UUID sittingId) {
        jdbc.sql("UPDATE scheduling_stage_request SET sitting_id = ? WHERE id = ?").params(sittingId, requestId).update();
    }

    /** A pending request: the earlier sitting (who the candidate is) and the stage to sit. */
    record Pending(long id, Sitting previous, int stage) {
    }

    /**
     * The provider organisation of a sitting planned here: on an air-gapped operator node the candidates come from the
     * imported signed list, so the applications module does not know them, but the sitting does.
     */
    @Transactional(readOnly = true)
    public Optional<String> providerOf(UUID sittingId) {
        return rows.sitting(sittingId).map(Sitting::providerId).filter(p -> p != null && !p.isBlank());
    }

}
