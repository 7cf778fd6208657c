package kz.attest.decision;

import kz.attest.scheduling.CandidateAbsent;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The no-shows (¶27, ¶54, ¶75, ¶98) and their supporting documents: the one home of their SQL. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoShowRows {

    private final JdbcClient jdbc;

    /** Keeps an absence once; true when it is new. */
    boolean insertAbsent(CandidateAbsent event) {
        return jdbc.sql("""
                        INSERT INTO decision_no_show (sitting_id, session_id, application_id, account_id, service,
                            provider_id, test_date, valid_reason_until, counts_as_failure, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ABSENT') ON CONFLICT (sitting_id) DO NOTHING""")
                .params(event.sittingId(), event.sessionId(), event.applicationId(), event.accountId(),
                        event.service().value(), event.providerId(), event.testDate(),
                        event.validReasonUntil().orElse(null), event.countsAsFailure())
                .update() == 1;
    }

    void addDocument(UUID sittingId, String fileName, String contentType, String sha256, byte[] content, Instant at) {
        jdbc.sql("""
                        INSERT INTO decision_no_show_document (id, sitting_id, file_name, content_type, sha256,
                                                               content, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), sittingId, fileName, contentType, sha256, content, Timestamp.from(at))
                .update();
    }

    void markRequested(UUID sittingId, String reason, String explanation, Instant at) {
        jdbc.sql("""
                        UPDATE decision_no_show SET status = 'REQUESTED', reason = ?, explanation = ?, requested_at = ?
                        WHERE sitting_id = ?""")
                .params(reason, explanation, Timestamp.from(at), sittingId).update();
    }

    void decide(UUID sittingId, String status, Instant at, String by, String note) {
        jdbc.sql("""
                        UPDATE decision_no_show SET status = ?, decided_at = ?, decided_by = ?, decision_note = ?
                        WHERE sitting_id = ?""")
                .params(status, Timestamp.from(at), by, note, sittingId).update();
    }

    Optional<NoShows.Upload> document(UUID sittingId, UUID documentId) {
        return jdbc.sql("""
                        SELECT file_name, content_type, content FROM decision_no_show_document
                        WHERE id = ? AND sitting_id = ?""")
                .params(documentId, sittingId)
                .query((rs, n) -> new NoShows.Upload(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    long accountOf(UUID sittingId) {
        return jdbc.sql("SELECT account_id FROM decision_no_show WHERE sitting_id = ?").param(sittingId)
                .query(Long.class).single();
    }

    /** Locks the no-show for a decision; false when there is none. */
    boolean lock(UUID sittingId) {
        return jdbc.sql("SELECT 1 FROM decision_no_show WHERE sitting_id = ? FOR UPDATE").param(sittingId)
                .query(Integer.class).optional().isPresent();
    }

    Optional<NoShowView> find(UUID sittingId) {
        return views("sitting_id = ?", sittingId).stream().findFirst();
    }

    List<NoShowView> ofAccount(long accountId) {
        return views("account_id = ? ORDER BY test_date DESC", accountId);
    }

    /** A provider's no-shows, the requests awaiting a decision first. */
    List<NoShowView> ofProvider(String providerId) {
        return views("provider_id = ? ORDER BY (status = 'REQUESTED') DESC, test_date DESC", providerId);
    }

    private List<NoShowView> views(String where, Object key) {
        List<NoShowView> bare = jdbc.sql("SELECT * FROM decision_no_show WHERE " + where).param(key)
                .query((rs, n) -> row(rs)).list();
        List<NoShowView> result = new ArrayList<>();
        for (NoShowView v : bare) {
            List<NoShowView.Document> documents = jdbc.sql("""
                            SELECT id, file_name, content_type, sha256 FROM decision_no_show_document
                            WHERE sitting_id = ? ORDER BY uploaded_at, file_name""").param(v.sittingId())
                    .query((rs, n) -> new NoShowView.Document(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getString(3), rs.getString(4))).list();
            result.add(new NoShowView(v.sittingId(), v.applicationId(), v.service(), v.providerId(), v.testDate(),
                    v.validReasonUntil(), v.countsAsFailure(), v.status(), v.reason(), v.explanation(),
                    v.requestedAt(), v.decidedAt(), v.decidedBy(), v.decisionNote(), documents));
        }
        return result;
    }

    private static NoShowView row(ResultSet rs) throws SQLException {
        Timestamp requested = rs.getTimestamp("requested_at");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new NoShowView(rs.getObject("sitting_id", UUID.class), rs.getLong("application_id"),
                rs.getString("service"), rs.getString("provider_id"), rs.getObject("test_date", LocalDate.class),
                rs.getObject("valid_reason_until", LocalDate.class), rs.getBoolean("counts_as_failure"),
                rs.getString("status"), rs.getString("reason"), rs.getString("explanation"),
                requested == null ? null : requested.toInstant(), decided == null ? null : decided.toInstant(),
                rs.getString("decided_by"), rs.getString("decision_note"), List.of());
    }

    /** The absences whose request window ended before {@code today}, oldest first (¶27). */
    List<UUID> lapsedBefore(LocalDate today) {
        return jdbc.sql("""
                        SELECT sitting_id FROM decision_no_show
                        WHERE status = 'ABSENT' AND valid_reason_until IS NOT NULL AND valid_reason_until < ?
                        ORDER BY test_date""").param(Date.valueOf(today)).query(UUID.class).list();
    }

    /** An absence still open, locked for its lapse (skipped when another node holds it). */
    Optional<Map<String, Object>> lockAbsent(UUID sittingId) {
        return jdbc.sql("""
                        SELECT application_id, account_id, service, test_date, counts_as_failure FROM decision_no_show
                        WHERE sitting_id = ? AND status = 'ABSENT' FOR UPDATE SKIP LOCKED""").param(sittingId)
                .query().listOfRows().stream().findFirst();
    }

    void lapse(UUID sittingId, Instant at) {
        jdbc.sql("UPDATE decision_no_show SET status = 'LAPSED', decided_at = ?, decided_by = 'system' WHERE sitting_id = ?")
                .params(Timestamp.from(at), sittingId).update();
    }

    /** The test days of the no-shows that count as a failed attestation for the retake rules (¶98). */
    List<LocalDate> countedAsFailed(long accountId, String service, LocalDate today) {
        return jdbc.sql("""
                        SELECT test_date FROM decision_no_show
                        WHERE account_id = ? AND service = ? AND counts_as_failure
                          AND (status = 'REFUSED' OR (status = 'ABSENT' AND valid_reason_until < ?))""")
                .params(accountId, service, today)
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list();
    }

    /** The account and service of each no-show of a provider's test day (the published list). */
    List<Map.Entry<Long, String>> absentOn(String providerId, LocalDate day) {
        return jdbc.sql("SELECT account_id, service FROM decision_no_show WHERE provider_id = ? AND test_date = ?")
                .params(providerId, Date.valueOf(day))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
    }

    /** No-shows per service and provider with a test day between the two (the ministry's report). */
    List<OutcomeReports.NoShowCount> counts(Date from, Date to) {
        return jdbc.sql("""
                        SELECT service, provider_id, count(*), count(*) FILTER (WHERE status = 'APPROVED'),
                               count(*) FILTER (WHERE status IN ('REFUSED', 'LAPSED'))
                        FROM decision_no_show WHERE test_date BETWEEN ? AND ?
                        GROUP BY 1, 2 ORDER BY 1, 2""").params(from, to)
                .query((rs, n) -> new OutcomeReports.NoShowCount(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5))).list();
    }
}
