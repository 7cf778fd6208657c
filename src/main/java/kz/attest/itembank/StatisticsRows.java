package kz.attest.itembank;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The delivered responses of {@code itembank_attempt} / {@code itembank_response}; metadata only, no content. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StatisticsRows {

    static final int BANK_QUESTION = -1;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    /** Stores the attempt's responses, replacing those of an earlier record of the same attempt; true if new. */
    boolean replace(AttemptResponses attempt, Instant now) {
        boolean existed = jdbc.sql("SELECT EXISTS (SELECT 1 FROM itembank_attempt WHERE attempt_id = ?)")
                .param(attempt.attemptId()).query(Boolean.class).single();
        // the upsert locks the attempt's row, so two records of one attempt never interleave
        jdbc.sql("INSERT INTO itembank_attempt (attempt_id, service_code, stage, total_score, recorded_at)"
                        + " VALUES (:id, :service, :stage, :total, :at) ON CONFLICT (attempt_id) DO UPDATE SET"
                        + " service_code = EXCLUDED.service_code, stage = EXCLUDED.stage,"
                        + " total_score = EXCLUDED.total_score, recorded_at = EXCLUDED.recorded_at")
                .param("id", attempt.attemptId()).param("service", attempt.service()).param("stage", attempt.stage())
                .param("total", attempt.totalScore()).param("at", Timestamp.from(now))
                .update();
        jdbc.sql("DELETE FROM itembank_response WHERE attempt_id = ?").param(attempt.attemptId()).update();
        List<Object[]> rows = new ArrayList<>();
        int position = 0;
        for (AttemptResponses.Response r : attempt.responses()) {
            rows.add(new Object[]{attempt.attemptId(), position++, r.questionId(),
                    r.caseQuestion().orElse(BANK_QUESTION), r.chosenOption().orElse(null), r.correct()});
        }
        batch.batchUpdate("INSERT INTO itembank_response (attempt_id, position, question_id, case_question,"
                + " chosen_option, correct) VALUES (?, ?, ?, ?, ?, ?)", rows);
        return !existed;
    }

    /** Every response matching the filter with its attempt's total, grouped by question (rows arrive sorted). */
    List<Responses> responses(Optional<String> service, Optional<String> topic) {
        List<Responses> grouped = new ArrayList<>();
        jdbc.sql("SELECT r.question_id, r.case_question, r.chosen_option, r.correct, a.total_score, i.topic,"
                        + " i.option_count, c.option_counts"
                        + " FROM itembank_response r JOIN itembank_attempt a ON a.attempt_id = r.attempt_id"
                        + " LEFT JOIN itembank_item i ON i.id = r.question_id AND r.case_question = -1"
                        + " LEFT JOIN itembank_case c ON c.id = r.question_id AND r.case_question >= 0"
                        + " WHERE (CAST(:service AS TEXT) IS NULL OR a.service_code = :service)"
                        + " AND (CAST(:topic AS TEXT) IS NULL OR i.topic = :topic)"
                        + " ORDER BY r.question_id, r.case_question")
                .param("service", service.orElse(null)).param("topic", topic.orElse(null))
                .query((ResultSet rs) -> {
                    UUID id = rs.getObject("question_id", UUID.class);
                    int caseQuestion = rs.getInt("case_question");
                    Responses last = grouped.isEmpty() ? null : grouped.getLast();
                    if (last == null || !last.questionId().equals(id) || last.caseQuestion() != caseQuestion) {
                        last = new Responses(id, caseQuestion, Optional.ofNullable(rs.getString("topic")),
                                knownOptions(rs, caseQuestion), new ArrayList<>());
                        grouped.add(last);
                    }
                    int chosen = rs.getInt("chosen_option");
                    Integer chosenOption = rs.wasNull() ? null : chosen;
                    BigDecimal total = rs.getBigDecimal("total_score");
                    last.observations().add(new StatisticsCalculator.Observation(chosenOption,
                            rs.getBoolean("correct"), total));
                });
        return grouped;
    }

    private static int knownOptions(ResultSet rs, int caseQuestion) throws java.sql.SQLException {
        if (caseQuestion < 0) {
            int count = rs.getInt("option_count");
            return rs.wasNull() ? 0 : count;
        }
        String counts = rs.getString("option_counts");
        if (counts == null || counts.isBlank()) {
            return 0;
        }
        String[] parts = counts.split(",");
        return caseQuestion < parts.length ? Integer.parseInt(parts[caseQuestion].strip()) : 0;
    }

    /** The responses to one question. */
    record Responses(UUID questionId, int caseQuestion, Optional<String> topic, int knownOptions,
                     List<StatisticsCalculator.Observation> observations) {
    }
}
