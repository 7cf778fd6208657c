package kz.attest.delivery;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The heartbeat, the recorded server outages and the deadlines they moved, in plain SQL ({@link ServerOutages} holds
 * the rules: when a gap is an outage, who is given what).
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutageRows {

    private final JdbcClient jdbc;

    /** The last beat of any node, unlocked (the cheap check of the request paths). */
    Optional<Instant> lastBeat() {
        return jdbc.sql("SELECT beat_at FROM delivery_heartbeat WHERE id = 1")
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** The last beat, its row locked so that concurrent detectors on several nodes serialise. */
    Optional<Instant> lastBeatForUpdate() {
        return jdbc.sql("SELECT beat_at FROM delivery_heartbeat WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    void firstBeat(Instant at, String node) {
        jdbc.sql("INSERT INTO delivery_heartbeat (id, beat_at, node) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING")
                .params(ts(at), node).update();
    }

    void beat(Instant at, String node) {
        jdbc.sql("UPDATE delivery_heartbeat SET beat_at = greatest(beat_at, ?), node = ? WHERE id = 1")
                .params(ts(at), node).update();
    }

    /** Records the outage once; false when an outage with this start is recorded already. */
    boolean insertOutage(UUID id, Instant start, Instant end, String node, String trigger) {
        return jdbc.sql("""
                        INSERT INTO delivery_outage (id, started_at, ended_at, detected_by, trigger)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (started_at) DO NOTHING""")
                .params(id, ts(start), ts(end), node, trigger).update() == 1;
    }

    /**
     * Moves the deadline of every attempt running in the gap by the overlap of the gap with its working time, and
     * records each move under the outage (which is in the extension's key, so nothing is given twice).
     */
    List<Extension> extendRunning(UUID outageId, Instant start, Instant end) {
        return jdbc.sql("""
                        WITH moved AS (
                            UPDATE delivery_attempt a
                            SET deadline = a.deadline + (CAST(:end AS timestamptz) - greatest(CAST(:start AS timestamptz), a.started_at))
                            WHERE a.state = 'RUNNING' AND a.deadline > :start AND a.started_at < :end
                            RETURNING a.id, a.deadline,
                                      CAST(:end AS timestamptz) - greatest(CAST(:start AS timestamptz), a.started_at) AS given
                        )
                        INSERT INTO delivery_outage_extension (outage_id, attempt_id, seconds_given, deadline_before, deadline_after)
                        SELECT :outage, id, EXTRACT(EPOCH FROM given), deadline - given, deadline FROM moved
                        RETURNING attempt_id, seconds_given, deadline_before, deadline_after""")
                .param("start", ts(start)).param("end", ts(end)).param("outage", outageId)
                .query((rs, n) -> new Extension(rs.getObject(1, UUID.class), rs.getBigDecimal(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant()))
                .list();
    }

    void setExtended(UUID outageId, int extended) {
        jdbc.sql("UPDATE delivery_outage SET extended = ? WHERE id = ?").params(extended, outageId).update();
    }

    /** One attempt's deadline moved by an outage. */
    record Extension(UUID attemptId, BigDecimal secondsGiven, Instant deadlineBefore, Instant deadlineAfter) {
    }

    /** The outages that gave time back to candidates of the hall. */
    List<ServerOutages.HallOutage> inHall(UUID hallId) {
        return jdbc.sql("""
                        SELECT o.id, o.started_at, o.ended_at, max(e.seconds_given) AS given, count(*) AS attempts
                        FROM delivery_outage o
                        JOIN delivery_outage_extension e ON e.outage_id = o.id
                        JOIN delivery_attempt a ON a.id = e.attempt_id
                        JOIN delivery_sitting s ON s.id = a.sitting_id
                        WHERE s.hall_id = ?
                        GROUP BY o.id, o.started_at, o.ended_at ORDER BY o.started_at""")
                .param(hallId)
                .query((rs, n) -> new ServerOutages.HallOutage(rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getBigDecimal(4).longValue(), rs.getInt(5)))
                .list();
    }

    /** The extensions one sitting's attempts received. */
    List<ServerOutages.HallOutage> ofSitting(UUID sittingId) {
        return jdbc.sql("""
                        SELECT o.started_at, o.ended_at, e.seconds_given
                        FROM delivery_outage_extension e
                        JOIN delivery_outage o ON o.id = e.outage_id
                        JOIN delivery_attempt a ON a.id = e.attempt_id
                        WHERE a.sitting_id = ? ORDER BY o.started_at""")
                .param(sittingId)
                .query((rs, n) -> new ServerOutages.HallOutage(rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2).toInstant(), rs.getBigDecimal(3).longValue(), 1))
                .list();
    }

    private static Timestamp ts(Instant instant) {
        return ExamRows.ts(instant);
    }
}
