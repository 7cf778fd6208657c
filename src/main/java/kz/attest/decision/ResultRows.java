package kz.attest.decision;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The results register's tables (V130). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResultRows {

    private final JdbcClient jdbc;

    /** Creates the sitting's row or moves its last stage and due date forward. */
    void upsertSitting(UUID sittingId, Long applicationId, long accountId, String providerId, String service,
                       Instant lastStageAt, LocalDate due) {
        jdbc.sql("""
                        INSERT INTO decision_result_sitting (sitting_id, application_id, account_id, provider_id, service,
                                                             last_stage_at, due_date)
                        VALUES (:sitting, :application, :account, :provider, :service, :at, :due)
                        ON CONFLICT (sitting_id) DO UPDATE SET
                            last_stage_at = greatest(decision_result_sitting.last_stage_at, excluded.last_stage_at),
                            due_date = greatest(decision_result_sitting.due_date, excluded.due_date),
                            provider_id = coalesce(decision_result_sitting.provider_id, excluded.provider_id)""")
                .param("sitting", sittingId).param("application", applicationId, java.sql.Types.BIGINT)
                .param("account", accountId).param("provider", providerId, java.sql.Types.VARCHAR)
                .param("service", service).param("at", Timestamp.from(lastStageAt)).param("due", due)
                .update();
    }

    boolean insertStage(UUID attemptId, UUID sittingId, int stage, int correct, int total, int threshold,
                        boolean passed, Instant finishedAt) {
        return jdbc.sql("""
                        INSERT INTO decision_result_stage (attempt_id, sitting_id, stage, correct, total, threshold,
                                                           passed, finished_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id) DO NOTHING""")
                .params(attemptId, sittingId, stage, correct, total, threshold, passed, Timestamp.from(finishedAt))
                .update() == 1;
    }

    boolean complete(UUID sittingId, boolean passed, Instant completedAt) {
        return jdbc.sql("""
                        UPDATE decision_result_sitting SET completed_at = ?, passed = ?
                        WHERE sitting_id = ? AND completed_at IS NULL""")
                .params(Timestamp.from(completedAt), passed, sittingId).update() == 1;
    }

    List<ResultEntry> ofProvider(String providerId) {
        return entries("provider_id = :key ORDER BY due_date DESC, last_stage_at DESC", providerId);
    }

    List<ResultEntry> ofAccount(long accountId) {
        return entries("account_id = :key ORDER BY last_stage_at DESC", accountId);
    }

    List<ResultEntry> ofApplication(long applicationId) {
        return entries("application_id = :key ORDER BY last_stage_at DESC", applicationId);
    }

    Optional<ResultEntry> sitting(UUID sittingId) {
        return entries("sitting_id = :key", sittingId).stream().findFirst();
    }

    private List<ResultEntry> entries(String where, Object key) {
        List<ResultEntry> sittings = jdbc.sql("SELECT * FROM decision_result_sitting WHERE " + where)
                .param("key", key).query((rs, n) -> sitting(rs, List.of())).list();
        if (sittings.isEmpty()) {
            return sittings;
        }
        Map<UUID, List<ResultEntry.Stage>> stages = jdbc.sql("""
                        SELECT * FROM decision_result_stage WHERE sitting_id = ANY(?) ORDER BY stage""")
                .param(sittings.stream().map(ResultEntry::sittingId).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("sitting_id", UUID.class), new ResultEntry.Stage(
                        rs.getInt("stage"), rs.getInt("correct"), rs.getInt("total"), rs.getInt("threshold"),
                        rs.getBoolean("passed"), rs.getTimestamp("finished_at").toInstant())))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, List<ResultEntry.Stage>> earlier = earlierStages(sittings, stages);
        List<ResultEntry> result = new ArrayList<>();
        for (ResultEntry s : sittings) {
            List<ResultEntry.Stage> all = new ArrayList<>(earlier.getOrDefault(s.sittingId(), List.of()));
            all.addAll(stages.getOrDefault(s.sittingId(), List.of()));
            result.add(new ResultEntry(s.sittingId(), s.applicationId(), s.accountId(), s.providerId(), s.service(),
                    s.lastStageAt(), s.dueDate(), s.completedAt(), s.passed(), all, s.interview()));
        }
        return result;
    }

    /**
     * ¶26: a sitting planned anew after a re-score holds only the stage it admitted the candidate to; the stages before
     * it were scored (and re-scored) at the earlier sitting of the same application named in the provider's letter,
     * and are shown beside the new ones.
     */
    private Map<UUID, List<ResultEntry.Stage>> earlierStages(List<ResultEntry> sittings,
                                                             Map<UUID, List<ResultEntry.Stage>> stages) {
        Long[] applications = sittings.stream().map(ResultEntry::applicationId).filter(java.util.Objects::nonNull)
                .distinct().toArray(Long[]::new);
        if (applications.length == 0) {
            return Map.of();
        }
        List<Map<String, Object>> letters = jdbc.sql("""
                        SELECT l.application_id, l.sitting_id, l.next_stage, st.stage, st.correct, st.total, st.threshold,
                               st.passed, st.finished_at
                        FROM decision_stage_letter l JOIN decision_result_stage st ON st.sitting_id = l.sitting_id
                        WHERE l.application_id = ANY(?) AND st.stage < l.next_stage
                        ORDER BY l.id, st.stage""")
                .param(applications).query().listOfRows();
        Map<UUID, List<ResultEntry.Stage>> earlier = new java.util.HashMap<>();
        for (ResultEntry s : sittings) {
            List<ResultEntry.Stage> own = stages.getOrDefault(s.sittingId(), List.of());
            if (s.applicationId() == null || own.isEmpty()) {
                continue;
            }
            int first = own.stream().mapToInt(ResultEntry.Stage::stage).min().orElseThrow();
            for (Map<String, Object> row : letters) {
                if (((Number) row.get("application_id")).longValue() == s.applicationId()
                        && !s.sittingId().equals(row.get("sitting_id"))
                        && ((Number) row.get("next_stage")).intValue() == first) {
                    earlier.computeIfAbsent(s.sittingId(), k -> new ArrayList<>()).add(new ResultEntry.Stage(
                            ((Number) row.get("stage")).intValue(), ((Number) row.get("correct")).intValue(),
                            ((Number) row.get("total")).intValue(), ((Number) row.get("threshold")).intValue(),
                            (Boolean) row.get("passed"), ((Timestamp) row.get("finished_at")).toInstant()));
                }
            }
        }
        return earlier;
    }

    private static ResultEntry sitting(ResultSet rs, List<ResultEntry.Stage> stages) throws SQLException {
        long application = rs.getLong("application_id");
        Long applicationId = rs.wasNull() ? null : application;
        Timestamp completed = rs.getTimestamp("completed_at");
        boolean passed = rs.getBoolean("passed");
        Boolean passedOrNull = rs.wasNull() ? null : passed;
        return new ResultEntry(rs.getObject("sitting_id", UUID.class), applicationId, rs.getLong("account_id"),
                rs.getString("provider_id"), rs.getString("service"), rs.getTimestamp("last_stage_at").toInstant(),
                rs.getObject("due_date", LocalDate.class), completed == null ? null : completed.toInstant(),
                passedOrNull, stages, interview(rs));
    }

    private static ResultEntry.Interview interview(ResultSet rs) throws SQLException {
        Timestamp concluded = rs.getTimestamp("interview_concluded_at");
        return concluded == null ? null : new ResultEntry.Interview(rs.getBoolean("interview_passed"),
                rs.getBoolean("interview_decided_by_chair"), concluded.toInstant());
    }

    /** Keeps the interview's outcome on the sitting's register entry; false when the sitting is not in the register. */
    boolean recordInterview(UUID sittingId, boolean passed, boolean decidedByChair, Instant concludedAt) {
        return jdbc.sql("""
                        UPDATE decision_result_sitting
                        SET interview_passed = ?, interview_decided_by_chair = ?, interview_concluded_at = ?
                        WHERE sitting_id = ? AND interview_concluded_at IS NULL""")
                .params(passed, decidedByChair, Timestamp.from(concludedAt), sittingId).update() == 1;
    }

    /** Inserts the sitting, or fills in what a known one lacks; 1 when the sitting is new here. */
    int keepSitting(ResultEntry e) {
        int inserted = jdbc.sql("""
                        INSERT INTO decision_result_sitting (sitting_id, application_id, account_id, provider_id, service,
                            last_stage_at, due_date, completed_at, passed, interview_passed, interview_decided_by_chair,
                            interview_concluded_at)
                        VALUES (:sitting, :application, :account, :provider, :service, :at, :due, :completed, :passed,
                            :interviewPassed, :chair, :concluded)
                        ON CONFLICT (sitting_id) DO NOTHING""")
                .param("sitting", e.sittingId()).param("application", e.applicationId(), Types.BIGINT)
                .param("account", e.accountId()).param("provider", e.providerId())
                .param("service", e.service()).param("at", Timestamp.from(e.lastStageAt())).param("due", e.dueDate())
                .param("completed", e.completedAt() == null ? null : Timestamp.from(e.completedAt()), Types.TIMESTAMP)
                .param("passed", e.passed(), Types.BOOLEAN)
                .param("interviewPassed", e.interview() == null ? null : e.interview().passed(), Types.BOOLEAN)
                .param("chair", e.interview() == null ? null : e.interview().decidedByChair(), Types.BOOLEAN)
                .param("concluded", e.interview() == null ? null : Timestamp.from(e.interview().concludedAt()),
                        Types.TIMESTAMP)
                .update();
        if (inserted == 1) {
            return 1;
        }
        jdbc.sql("""
                        UPDATE decision_result_sitting SET
                            last_stage_at = greatest(last_stage_at, :at), due_date = greatest(due_date, :due),
                            passed = CASE WHEN completed_at IS NULL THEN :passed ELSE passed END,
                            completed_at = coalesce(completed_at, :completed),
                            interview_passed = CASE WHEN interview_concluded_at IS NULL THEN :interviewPassed
                                ELSE interview_passed END,
                            interview_decided_by_chair = CASE WHEN interview_concluded_at IS NULL THEN :chair
                                ELSE interview_decided_by_chair END,
                            interview_concluded_at = coalesce(interview_concluded_at, :concluded)
                        WHERE sitting_id = :sitting AND provider_id = :provider""")
                .param("sitting", e.sittingId()).param("provider", e.providerId())
                .param("at", Timestamp.from(e.lastStageAt())).param("due", e.dueDate())
                .param("completed", e.completedAt() == null ? null : Timestamp.from(e.completedAt()), Types.TIMESTAMP)
                .param("passed", e.passed(), Types.BOOLEAN)
                .param("interviewPassed", e.interview() == null ? null : e.interview().passed(), Types.BOOLEAN)
                .param("chair", e.interview() == null ? null : e.interview().decidedByChair(), Types.BOOLEAN)
                .param("concluded", e.interview() == null ? null : Timestamp.from(e.interview().concludedAt()),
                        Types.TIMESTAMP)
                .update();
        return 0;
    }

    /** Inserts a stage the sitting does not have yet (by stage number); 1 when new. */
    int keepStage(UUID sittingId, ResultEntry.Stage s) {
        UUID attempt = UUID.nameUUIDFromBytes(("imported:" + sittingId + ":" + s.stage())
                .getBytes(StandardCharsets.UTF_8));
        return jdbc.sql("""
                        INSERT INTO decision_result_stage (attempt_id, sitting_id, stage, correct, total, threshold,
                                                           passed, finished_at)
                        SELECT ?, ?, ?, ?, ?, ?, ?, ?
                        WHERE NOT EXISTS (SELECT 1 FROM decision_result_stage WHERE sitting_id = ? AND stage = ?)
                        ON CONFLICT (attempt_id) DO NOTHING""")
                .params(attempt, sittingId, s.stage(), s.correct(), s.total(), s.threshold(), s.passed(),
                        Timestamp.from(s.finishedAt()), sittingId, s.stage())
                .update();
    }

    boolean imported(String sha256) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM decision_results_import WHERE sha256 = ?)").param(sha256)
                .query(Boolean.class).single();
    }

    void recordImport(String sha256, String provider, String signer, String exportedAt, int sittings, int added,
                      String importedBy, Instant at) {
        jdbc.sql("""
                        INSERT INTO decision_results_import (sha256, provider_id, signer, exported_at, sittings, added,
                            imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sha256, provider, signer, exportedAt, sittings, added, importedBy, Timestamp.from(at))
                .update();
    }

    List<ResultsImports.PastImport> imports(String providerId) {
        return jdbc.sql("""
                        SELECT sha256, signer, sittings, added, imported_by, imported_at FROM decision_results_import
                        WHERE provider_id = ? ORDER BY imported_at DESC LIMIT 50""")
                .param(providerId)
                .query((rs, n) -> new ResultsImports.PastImport(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Stages sat and passed per service, provider and stage, finished between the two days (the ministry's report). */
    List<OutcomeReports.PassRate> passRates(java.sql.Date from, java.sql.Date to) {
        return jdbc.sql("""
                        SELECT s.service, coalesce(s.provider_id, '?'), st.stage, count(*), count(*) FILTER (WHERE st.passed)
                        FROM decision_result_stage st JOIN decision_result_sitting s ON s.sitting_id = st.sitting_id
                        WHERE (st.finished_at AT TIME ZONE 'Asia/Almaty')::date BETWEEN ? AND ?
                        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""").params(from, to)
                .query((rs, n) -> new OutcomeReports.PassRate(rs.getString(1), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5))).list();
    }

    /** The account, service and outcome of each sitting of a provider completed on a day (the published list). */
    List<Completed> completedOn(String providerId, LocalDate day) {
        return jdbc.sql("""
                        SELECT account_id, service, passed FROM decision_result_sitting
                        WHERE provider_id = ? AND completed_at IS NOT NULL
                          AND (completed_at AT TIME ZONE 'Asia/Almaty')::date = ?""")
                .params(providerId, java.sql.Date.valueOf(day))
                .query((rs, n) -> new Completed(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    record Completed(long accountId, String service, boolean passed) {
    }

    /** ¶26: a re-score changes the kept stage; 1 when it changed. */
    int rescore(UUID attemptId, int correct, boolean passed) {
        return jdbc.sql("""
                        UPDATE decision_result_stage SET correct = ?, passed = ?
                        WHERE attempt_id = ? AND (correct <> ? OR passed <> ?)""")
                .params(correct, passed, attemptId, correct, passed).update();
    }

    /** ¶26: the sitting passes after a re-score. */
    void passAfterRescore(UUID sittingId) {
        jdbc.sql("UPDATE decision_result_sitting SET passed = true WHERE sitting_id = ? AND passed = false")
                .param(sittingId).update();
    }

    /** ¶26: the provider's letter for a new sitting of the next stage, kept once; its id, empty when known already. */
    Optional<Long> writeStageLetter(kz.attest.delivery.StageRescored event, String provider, int next, Instant at) {
        return jdbc.sql("""
                        INSERT INTO decision_stage_letter (attempt_id, sitting_id, application_id, account_id, provider_id,
                            service, rescored_stage, next_stage, act_reference, written_at, planning_requested)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)
                        ON CONFLICT (attempt_id, next_stage, act_reference) DO NOTHING RETURNING id""")
                .params(event.attemptId(), event.sittingId(), event.applicationId().orElse(null), event.accountId(),
                        provider, event.service().value(), event.stage(), next, event.actReference(),
                        Timestamp.from(at))
                .query(Long.class).optional();
    }

    void letterPlanned(long letter, boolean requested) {
        jdbc.sql("UPDATE decision_stage_letter SET planning_requested = ? WHERE id = ?").params(requested, letter)
                .update();
    }

    /** What the results sheet prints about the person and the centre, kept from the check-in once. */
    void keepDetail(kz.attest.scheduling.CandidateCheckedIn event) {
        jdbc.sql("""
                        INSERT INTO decision_sitting_detail (sitting_id, application_id, account_id, iin, full_name,
                                                             service, specialty, centre_id, starts_at)
                        VALUES (:sitting, :application, :account, :iin, :name, :service, :specialty, :centre, :starts)
                        ON CONFLICT (sitting_id) DO NOTHING""")
                .param("sitting", event.sittingId())
                .param("application", event.applicationId().orElse(null), java.sql.Types.BIGINT)
                .param("account", event.accountId()).param("iin", event.iin()).param("name", event.fullName())
                .param("service", event.service().value())
                .param("specialty", event.specialty().orElse(null), java.sql.Types.VARCHAR)
                .param("centre", event.centreId()).param("starts", Timestamp.valueOf(event.startsAt()))
                .update();
    }

    Optional<Detail> detail(UUID sittingId) {
        return jdbc.sql("SELECT * FROM decision_sitting_detail WHERE sitting_id = ?").param(sittingId)
                .query((rs, n) -> new Detail(rs.getString("iin"), rs.getString("full_name"),
                        rs.getString("specialty"), rs.getString("centre_id"),
                        rs.getTimestamp("starts_at").toLocalDateTime()))
                .optional();
    }


    record Detail(String iin, String fullName, String specialty, String centreId, LocalDateTime startsAt) {
    }

    /** The service of a checked-in sitting. */
    Optional<String> serviceOfDetail(UUID sittingId) {
        return jdbc.sql("SELECT service FROM decision_sitting_detail WHERE sitting_id = ?")
                .param(sittingId).query(String.class).optional();
    }

    /** ¶19: a removal for a violation, kept once; true when new. */
    boolean keepViolation(UUID actId, UUID sittingId, long accountId, String service, Instant drawnAt) {
        return jdbc.sql("""
                        INSERT INTO decision_violation (act_id, sitting_id, account_id, service, drawn_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (act_id) DO NOTHING""")
                .params(actId, sittingId, accountId, service, Timestamp.from(drawnAt)).update() == 1;
    }

    /** ¶19: the instants of the candidate's removals for a violation from a service's test. */
    List<Instant> violations(long accountId, String service) {
        return jdbc.sql("SELECT drawn_at FROM decision_violation WHERE account_id = ? AND service = ?")
                .params(accountId, service).query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
    }
}
