package kz.attest.scheduling;

import kz.attest.catalogue.ServiceCode;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Requests for a new sitting of a stage (seed 000 ¶26) in {@code scheduling_stage_request}. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StageRequestRows {

    /** A request not yet planned: the earlier sitting and the stage to sit. */
    record Open(long id, UUID previousSittingId, int stage) {
    }

    private final JdbcClient jdbc;

    /** Stores the request; empty when the same stage was already asked for that sitting. */
    Optional<Long> insert(Sitting previous, ServiceCode service, int stage, String reason, Instant at) {
        return jdbc.sql("""
                        INSERT INTO scheduling_stage_request (previous_sitting_id, application_id, service_code, stage,
                            reason, requested_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (previous_sitting_id, stage) DO NOTHING RETURNING id""")
                .params(previous.id(), previous.applicationId(), service.value(), stage, reason, Timestamp.from(at))
                .query(Long.class).optional();
    }

    /** Never assigned, or assigned to a sitting the candidate missed with an excused absence. */
    List<Open> pending(ServiceCode service) {
        return jdbc.sql("""
                        SELECT r.id, r.previous_sitting_id, r.stage FROM scheduling_stage_request r
                        WHERE r.service_code = ? AND (r.sitting_id IS NULL OR EXISTS (
                            SELECT 1 FROM scheduling_sitting s WHERE s.id = r.sitting_id AND s.state = 'ABSENT'
                              AND s.excused_at IS NOT NULL))
                        ORDER BY r.id""")
                .param(service.value())
                .query((rs, n) -> new Open(rs.getLong(1), rs.getObject(2, UUID.class), rs.getInt(3)))
                .list();
    }

    void fulfilled(long requestId, UUID sittingId) {
        jdbc.sql("UPDATE scheduling_stage_request SET sitting_id = ? WHERE id = ?").params(sittingId, requestId).update();
    }
}
