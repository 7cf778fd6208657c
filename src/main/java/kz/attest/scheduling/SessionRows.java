package kz.attest.scheduling;

import kz.attest.catalogue.ServiceCode;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Sessions and sittings in {@code scheduling_session} and {@code scheduling_sitting}. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionRows {

    private static final String SESSION = """
            SELECT id, hall_id, service_code, test_date, starts_at, stages, state FROM scheduling_session""";
    private static final String SITTING = """
            SELECT id, session_id, application_id, registration_number, provider_id, account_id, iin, full_name,
                   specialty, state, document_type, seat_id, checked_in_at, stages, credited_stages, stage_request_id
            FROM scheduling_sitting""";

    private final JdbcClient jdbc;

    void insert(Session session, String plannedBy, Instant now) {
        jdbc.sql("""
                        INSERT INTO scheduling_session (id, hall_id, service_code, test_date, starts_at, stages, state,
                            planned_by, planned_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(session.id(), session.hallId(), session.service().value(), session.date(), session.startsAt(),
                        session.stages().stream().map(String::valueOf).collect(Collectors.joining(",")),
                        session.state().name(), plannedBy, Timestamp.from(now))
                .update();
    }

    Optional<Session> find(UUID id) {
        return jdbc.sql(SESSION + " WHERE id = ?").param(id).query(SessionRows::session).optional();
    }

    /** Locks the session: assignment, check-in, seat moves and closing of one session happen one at a time. */
    Optional<Session> lock(UUID id) {
        return jdbc.sql(SESSION + " WHERE id = ? FOR UPDATE").param(id).query(SessionRows::session).optional();
    }

    List<Session> ofHalls(Collection<UUID> hallIds, Optional<LocalDate> date) {
        if (hallIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SESSION + " WHERE hall_id IN (:halls) AND (CAST(:date AS date) IS NULL OR test_date = :date)"
                        + " ORDER BY test_date DESC, starts_at, id")
                .param("halls", hallIds)
                .param("date", date.orElse(null), java.sql.Types.DATE)
                .query(SessionRows::session).list();
    }

    void setState(UUID id, SessionState state, Instant now) {
        jdbc.sql("UPDATE scheduling_session SET state = ? WHERE id = ?").params(state.name(), id).update();
        if (state == SessionState.CLOSED) {
            jdbc.sql("UPDATE scheduling_session SET closed_at = ? WHERE id = ?").params(Timestamp.from(now), id).update();
        }
    }

    List<Sitting> sittings(UUID sessionId) {
        return jdbc.sql(SITTING + " WHERE session_id = ? ORDER BY full_name, id").param(sessionId)
                .query(SessionRows::sitting).list();
    }

    /**
     * The applications that already have a first sitting in any session: planned, taken or missed (unless excused). A
     * sitting planned on a stage request (¶26) does not count: the application had its first one before.
     */
    Set<Long> applicationsWithSitting(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT DISTINCT application_id FROM scheduling_sitting WHERE application_id IN (:ids) AND excused_at IS NULL AND stage_request_id IS NULL")
                .param("ids", applicationIds).query(Long.class).list());
    }

    void insert(Sitting sitting, Instant now) {
        jdbc.sql("""
                        INSERT INTO scheduling_sitting (id, session_id, application_id, registration_number, provider_id,
                            account_id, iin, full_name, specialty, state, assigned_at, stages, credited_stages,
                            stage_request_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sitting.id(), sitting.sessionId(), sitting.applicationId(), sitting.registrationNumber(),
                        sitting.providerId(), sitting.accountId(), sitting.iin(), sitting.fullName(),
                        sitting.specialty().orElse(null), sitting.state().name(), Timestamp.from(now),
                        joined(sitting.stages()), joined(sitting.creditedStages()),
                        sitting.stageRequestId().orElse(null))
                .update();
    }

    boolean codeInUse(UUID sessionId, String codeHash) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM scheduling_sitting WHERE session_id = ? AND code_hash = ?)")
                .params(sessionId, codeHash).query(Boolean.class).single();
    }

    void checkIn(UUID sittingId, IdentityDocumentType type, String number, UUID seatId, String codeHash, String proctor,
                 Instant now) {
        jdbc.sql("""
                        UPDATE scheduling_sitting SET state = 'CHECKED_IN', document_type = ?, document_number = ?,
                            seat_id = ?, code_hash = ?, checked_in_by = ?, checked_in_at = ?
                        WHERE id = ? AND state = 'ASSIGNED'""")
                .params(type.name(), number, seatId, codeHash, proctor, Timestamp.from(now), sittingId)
                .update();
    }

    void move(UUID sittingId, UUID seatId, String codeHash) {
        jdbc.sql("UPDATE scheduling_sitting SET seat_id = ?, code_hash = ? WHERE id = ? AND state = 'CHECKED_IN'")
                .params(seatId, codeHash, sittingId).update();
    }

    void markAbsent(UUID sittingId, Instant now) {
        jdbc.sql("UPDATE scheduling_sitting SET state = 'ABSENT', absent_at = ? WHERE id = ? AND state = 'ASSIGNED'")
                .params(Timestamp.from(now), sittingId).update();
    }

    /** One sitting by id, whatever its session. */
    /** Excuses an absent sitting (¶27, ¶54, ¶75, ¶98); false when it is not absent or already excused. */
    boolean excuseAbsence(UUID sittingId, Instant at) {
        return jdbc.sql("UPDATE scheduling_sitting SET excused_at = ? WHERE id = ? AND state = 'ABSENT' AND excused_at IS NULL")
                .params(Timestamp.from(at), sittingId).update() == 1;
    }

    Optional<Sitting> sitting(UUID sittingId) {
        return jdbc.sql(SITTING + " WHERE id = ?").param(sittingId).query(SessionRows::sitting).optional();
    }

    static String joined(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> numbers(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    private static Session session(ResultSet rs, int row) throws SQLException {
        return new Session(rs.getObject("id", UUID.class), rs.getObject("hall_id", UUID.class),
                new ServiceCode(rs.getString("service_code")), rs.getObject("test_date", LocalDate.class),
                rs.getObject("starts_at", java.time.LocalTime.class),
                Arrays.stream(rs.getString("stages").split(",")).map(Integer::valueOf).toList(),
                SessionState.valueOf(rs.getString("state")));
    }

    private static Sitting sitting(ResultSet rs, int row) throws SQLException {
        Timestamp checkedIn = rs.getTimestamp("checked_in_at");
        String documentType = rs.getString("document_type");
        return new Sitting(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                rs.getLong("application_id"), rs.getString("registration_number"), rs.getString("provider_id"),
                rs.getLong("account_id"), rs.getString("iin"), rs.getString("full_name"),
                Optional.ofNullable(rs.getString("specialty")), SittingState.valueOf(rs.getString("state")),
                Optional.ofNullable(documentType).map(IdentityDocumentType::valueOf),
                Optional.ofNullable(rs.getObject("seat_id", UUID.class)),
                Optional.ofNullable(checkedIn).map(Timestamp::toInstant), numbers(rs.getString("stages")),
                numbers(rs.getString("credited_stages")),
                Optional.ofNullable(rs.getObject("stage_request_id", Long.class)));
    }
}
