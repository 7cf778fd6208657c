package kz.attest.decision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
import java.util.stream.Collectors;

/** The results register's tables (V130). */
@Repository
class ResultRows {

    private final JdbcClient jdbc;

    ResultRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
                    s.lastStageAt(), s.dueDate(), s.completedAt(), s.passed(), all));
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
                passedOrNull, stages);
    }
}
