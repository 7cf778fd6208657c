package kz.attest.application;

import kz.attest.catalogue.DeadlineStep;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Overdue steps flagged by the job, in {@code application_overdue_flag}: one row per application, step and due date,
 * so a step is flagged (and its head told) once, however many nodes or runs find it overdue.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OverdueFlagRows {

    private final JdbcClient jdbc;

    /** An open application whose pending step's last day is before {@code today} and which is not flagged yet. */
    record Candidate(long applicationId, String providerId, String registrationNumber, String service,
                     DeadlineStep step, LocalDate due) {
    }

    List<Candidate> unflaggedOverdue(LocalDate today) {
        return jdbc.sql("""
                        SELECT a.id, a.provider_id, a.registration_number, a.service_code, a.pending_step, a.due_date
                        FROM application_application a
                        WHERE\s""" + ApplicationRows.ON_PROVIDERS_DESK + """
                          AND a.pending_step IS NOT NULL AND a.due_date < ?
                          AND NOT EXISTS (SELECT 1 FROM application_overdue_flag f WHERE f.application_id = a.id
                                          AND f.step = a.pending_step AND f.due_date = a.due_date)
                        ORDER BY a.id""")
                .param(Date.valueOf(today))
                .query((rs, n) -> new Candidate(rs.getLong("id"), rs.getString("provider_id"),
                        rs.getString("registration_number"), rs.getString("service_code"),
                        DeadlineStep.valueOf(rs.getString("pending_step")), rs.getDate("due_date").toLocalDate()))
                .list();
    }

    /** Flags the step; false when it was flagged already (by another run or node, concurrently or before). */
    boolean flag(Candidate candidate, LocalDate today, Instant now) {
        return jdbc.sql("""
                        INSERT INTO application_overdue_flag (application_id, step, due_date, overdue_on, flagged_at)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (application_id, step, due_date) DO NOTHING""")
                .params(candidate.applicationId(), candidate.step().name(), Date.valueOf(candidate.due()),
                        Date.valueOf(today), Timestamp.from(now))
                .update() == 1;
    }

    /** When each step of the organisation's applications was flagged, by "application id/step/due date". */
    Map<String, Instant> flaggedAt(String providerId) {
        Map<String, Instant> flagged = new HashMap<>();
        jdbc.sql("""
                        SELECT f.application_id, f.step, f.due_date, f.flagged_at FROM application_overdue_flag f
                        JOIN application_application a ON a.id = f.application_id WHERE a.provider_id = ?""")
                .param(providerId)
                .query((rs, n) -> flagged.put(key(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate()),
                        rs.getTimestamp(4).toInstant()))
                .list();
        return flagged;
    }

    List<ServiceLevels.Compliance> compliance(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT a.provider_id, s.status, count(*) FILTER (WHERE (s.at AT TIME ZONE 'Asia/Almaty')::date
                                   <= s.deadline_had) AS on_time,
                               count(*) FILTER (WHERE (s.at AT TIME ZONE 'Asia/Almaty')::date > s.deadline_had) AS late
                        FROM application_step s JOIN application_application a ON a.id = s.application_id
                        WHERE s.deadline_had IS NOT NULL
                          AND (s.at AT TIME ZONE 'Asia/Almaty')::date BETWEEN ? AND ?
                        GROUP BY a.provider_id, s.status ORDER BY a.provider_id, s.status""")
                .params(Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new ServiceLevels.Compliance(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(4)))
                .list();
    }

    static String key(long applicationId, String step, LocalDate due) {
        return applicationId + "/" + step + "/" + due;
    }
}
