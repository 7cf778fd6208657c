package kz.attest.delivery;

import kz.attest.scheduling.SafeExamBrowserKeyKind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The delivery tables, in plain SQL: no object graphs on the paths a candidate drives. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExamRows {

    private static final String SITTING = """
            SELECT id, session_id, application_id, account_id, iin, full_name, service, specialty, centre_id, hall_id,
                   seat_id, seat_label, seb_key_hex, allowed_ip_ranges, language, state, checked_in_at, trial, seb_key_kind
            FROM delivery_sitting""";
    private static final String ATTEMPT = """
            SELECT id, sitting_id, stage, state, duration_seconds, question_count, form::text AS form, started_at,
                   deadline, paused_at, pause_kind, finished_at, finish_reason, correct, total, threshold, passed
            FROM delivery_attempt""";
    /**
     * An attempt without its form (the form is null): what the state checks, the Start and the pages need. The form is
     * read only where it is used ({@link #formOf}, scoring), never on the lists a candidate's requests load.
     */
    private static final String ATTEMPT_STATE = """
            SELECT id, sitting_id, stage, state, duration_seconds, question_count, NULL::text AS form, started_at,
                   deadline, paused_at, pause_kind, finished_at, finish_reason, correct, total, threshold, passed
            FROM delivery_attempt""";

    private final JdbcClient jdbc;

    boolean insertSitting(SittingRow s, String codeHash) {
        return jdbc.sql("""
                        INSERT INTO delivery_sitting (id, session_id, application_id, account_id, iin, full_name, service,
                            specialty, centre_id, hall_id, seat_id, seat_label, seb_key_hex, allowed_ip_ranges, code_hash,
                            state, checked_in_at, trial, seb_key_kind)
                        VALUES (:id, :session, :application, :account, :iin, :name, :service, :specialty, :centre, :hall,
                            :seat, :seatLabel, :seb, :ranges, :code, :state, :at, :trial, :sebKind)
                        ON CONFLICT (id) DO NOTHING""")
                .param("id", s.id()).param("session", s.sessionId()).param("application", s.applicationId())
                .param("account", s.accountId()).param("iin", s.iin()).param("name", s.fullName())
                .param("service", s.service()).param("specialty", s.specialty()).param("centre", s.centreId())
                .param("hall", s.hallId()).param("seat", s.seatId()).param("seatLabel", s.seatLabel())
                .param("seb", s.sebKeyHex()).param("ranges", String.join(",", s.allowedIpRanges()))
                .param("code", codeHash).param("state", s.state()).param("at", ts(s.checkedInAt())).param("trial", s.trial())
                .param("sebKind", (s.sebKeyKind() == null ? SafeExamBrowserKeyKind.CONFIG_KEY : s.sebKeyKind()).name())
                .update() == 1;
    }

    void insertAttempt(UUID id, UUID sittingId, int stage, int durationSeconds) {
        jdbc.sql("""
                        INSERT INTO delivery_attempt (id, sitting_id, stage, state, duration_seconds)
                        VALUES (?, ?, ?, 'WAITING', ?) ON CONFLICT (sitting_id, stage) DO NOTHING""")
                .params(id, sittingId, stage, durationSeconds).update();
    }

    Optional<SittingRow> sitting(UUID id) {
        return jdbc.sql(SITTING + " WHERE id = ?").param(id).query(ExamRows::sitting).optional();
    }

    Optional<SittingRow> sittingForUpdate(UUID id) {
        return jdbc.sql(SITTING + " WHERE id = ? FOR UPDATE").param(id).query(ExamRows::sitting).optional();
    }

    Optional<SittingRow> sittingByCode(String codeHash) {
        return jdbc.sql(SITTING + " WHERE code_hash = ? FOR UPDATE").param(codeHash).query(ExamRows::sitting).optional();
    }

    /** The sitting the workstation's token belongs to, if the token is still the current one. */
    Optional<SittingRow> sittingByToken(UUID id, String tokenHash) {
        return jdbc.sql(SITTING + " WHERE id = ? AND token_hash = ?").params(id, tokenHash)
                .query(ExamRows::sitting).optional();
    }

    List<SittingRow> sittingsInHall(UUID hallId) {
        return jdbc.sql(SITTING + " WHERE hall_id = ? ORDER BY seat_label, checked_in_at").param(hallId)
                .query(ExamRows::sitting).list();
    }

    void useCode(UUID sittingId, String tokenHash, String state) {
        jdbc.sql("UPDATE delivery_sitting SET code_hash = NULL, token_hash = ?, state = ? WHERE id = ?")
                .params(tokenHash, state, sittingId).update();
    }

    void moveSeat(UUID sittingId, UUID hallId, UUID seatId, String seatLabel, String codeHash) {
        jdbc.sql("""
                        UPDATE delivery_sitting SET hall_id = ?, seat_id = ?, seat_label = ?, code_hash = ?, token_hash = NULL
                        WHERE id = ?""")
                .params(hallId, seatId, seatLabel, codeHash, sittingId).update();
    }

    void setLanguage(UUID sittingId, String language) {
        jdbc.sql("UPDATE delivery_sitting SET language = ? WHERE id = ?").params(language, sittingId).update();
    }

    void setSittingState(UUID sittingId, String state, Instant completedAt) {
        jdbc.sql("UPDATE delivery_sitting SET state = ?, completed_at = ?, token_hash = CASE WHEN ? THEN NULL ELSE token_hash END WHERE id = ?")
                .params(state, ts(completedAt), completedAt != null, sittingId).update();
    }

    /** A sitting's attempts by stage, without their forms. */
    List<AttemptRow> attempts(UUID sittingId) {
        return jdbc.sql(ATTEMPT_STATE + " WHERE sitting_id = ? ORDER BY stage").param(sittingId)
                .query(ExamRows::attempt).list();
    }

    Optional<AttemptRow> attempt(UUID id) {
        return jdbc.sql(ATTEMPT + " WHERE id = ?").param(id).query(ExamRows::attempt).optional();
    }

    Optional<AttemptRow> attemptForUpdate(UUID id) {
        return jdbc.sql(ATTEMPT + " WHERE id = ? FOR UPDATE").param(id).query(ExamRows::attempt).optional();
    }

    /** The attempt without its form, its row locked: a Start's one lock. */
    Optional<AttemptRow> attemptStateForUpdate(UUID id) {
        return jdbc.sql(ATTEMPT_STATE + " WHERE id = ? FOR UPDATE").param(id).query(ExamRows::attempt).optional();
    }

    /** The form of a started attempt (JSON); empty before the Start, whatever was prepared. */
    Optional<String> formOf(UUID attemptId) {
        return jdbc.sql("SELECT form::text FROM delivery_attempt WHERE id = ? AND started_at IS NOT NULL AND form IS NOT NULL")
                .param(attemptId).query(String.class).optional();
    }

    /** The sitting's waiting attempts that have neither a form nor a prepared one, by stage. */
    List<UUID> attemptsToPrepare(UUID sittingId) {
        return jdbc.sql("""
                        SELECT id FROM delivery_attempt
                        WHERE sitting_id = ? AND state = 'WAITING' AND form IS NULL AND prepared_form IS NULL ORDER BY stage""")
                .param(sittingId).query(UUID.class).list();
    }

    /** Locks a waiting attempt without a form for its preparation; empty when it was prepared or started meanwhile. */
    boolean lockToPrepare(UUID attemptId) {
        return jdbc.sql("""
                        SELECT id FROM delivery_attempt
                        WHERE id = ? AND state = 'WAITING' AND form IS NULL AND prepared_form IS NULL FOR UPDATE""")
                .param(attemptId).query(UUID.class).optional().isPresent();
    }

    /** Drops the prepared forms that contain the JSON fragment (an invalidated question or case, ¶26). */
    int discardPreparedShowing(String fragment) {
        return jdbc.sql("""
                        UPDATE delivery_attempt SET prepared_form = NULL, prepared_seed = NULL,
                            prepared_question_count = NULL, prepared_option_counts = NULL
                        WHERE state = 'WAITING' AND prepared_form @> CAST(? AS jsonb)""")
                .param(fragment).update();
    }

    /** Stores a form assembled ahead of the Start; the candidate cannot see it until {@link #startPrepared}. */
    void prepare(UUID id, String formJson, long seed, int questionCount, Integer[] optionCounts) {
        jdbc.sql("""
                        UPDATE delivery_attempt SET prepared_form = CAST(:form AS jsonb), prepared_seed = :seed,
                            prepared_question_count = :count, prepared_option_counts = CAST(:options AS int[])
                        WHERE id = :id AND state = 'WAITING' AND form IS NULL""")
                .param("form", formJson).param("seed", seed).param("count", questionCount)
                .param("options", intArray(optionCounts)).param("id", id).update();
    }

    /**
     * The Start of a prepared attempt, in one statement: the prepared form becomes the attempt's form and the server's
     * deadline is set. Empty when nothing was prepared (or the attempt is no longer waiting): nothing changed.
     */
    Optional<StartedForm> startPrepared(UUID id, Instant startedAt, Instant deadline) {
        return jdbc.sql("""
                        UPDATE delivery_attempt SET state = 'RUNNING', form = prepared_form, form_seed = prepared_seed,
                            question_count = prepared_question_count, option_counts = prepared_option_counts,
                            prepared_form = NULL, prepared_seed = NULL, prepared_question_count = NULL,
                            prepared_option_counts = NULL, started_at = ?, deadline = ?
                        WHERE id = ? AND state = 'WAITING' AND prepared_form IS NOT NULL
                        RETURNING question_count, form_seed, form::text""")
                .params(ts(startedAt), ts(deadline), id)
                .query((rs, n) -> new StartedForm(rs.getInt(1), rs.getLong(2), rs.getString(3))).optional();
    }

    /** What a Start reports of the form it made the attempt's: its size, seed and JSON (the first page shows it). */
    record StartedForm(int questionCount, long seed, String formJson) {
    }

    List<UUID> overdue(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM delivery_attempt WHERE state = 'RUNNING' AND deadline <= ? ORDER BY deadline LIMIT ?")
                .params(ts(now), limit).query(UUID.class).list();
    }

    void pause(UUID id, Instant at, String kind) {
        jdbc.sql("UPDATE delivery_attempt SET state = 'PAUSED', paused_at = ?, pause_kind = ? WHERE id = ? AND state = 'RUNNING'")
                .params(ts(at), kind, id).update();
    }

    /** Resumes a paused attempt: the deadline moves by the time it stood still. */
    void resume(UUID id, Instant at) {
        jdbc.sql("""
                        UPDATE delivery_attempt SET state = 'RUNNING',
                            deadline = deadline + (CAST(:at AS timestamptz) - paused_at),
                            paused_seconds = paused_seconds + CAST(EXTRACT(EPOCH FROM (CAST(:at AS timestamptz) - paused_at)) AS bigint),
                            paused_at = NULL, pause_kind = NULL
                        WHERE id = :id AND state = 'PAUSED'""")
                .param("at", ts(at)).param("id", id).update();
    }

    void finish(UUID id, Instant at, String reason, int correct, int total, int threshold, boolean passed) {
        jdbc.sql("""
                        UPDATE delivery_attempt SET state = 'FINISHED', finished_at = ?, finish_reason = ?, correct = ?,
                            total = ?, threshold = ?, passed = ?, paused_at = NULL, pause_kind = NULL
                        WHERE id = ?""")
                .params(ts(at), reason, correct, total, threshold, passed, id).update();
    }

    void setAttemptState(UUID id, String state, Instant at, String reason) {
        jdbc.sql("UPDATE delivery_attempt SET state = ?, finished_at = ?, finish_reason = ? WHERE id = ?")
                .params(state, ts(at), reason, id).update();
    }

    /** The candidate's answers by position (1-based): the option (0-based). */
    Map<Integer, Integer> answers(UUID attemptId) {
        return jdbc.sql("SELECT position, option FROM delivery_answer WHERE attempt_id = ?").param(attemptId)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<Integer, Long> answerSequences(UUID attemptId) {
        return jdbc.sql("SELECT position, client_seq FROM delivery_answer WHERE attempt_id = ?").param(attemptId)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * What the candidate's 5-second status poll needs, in one statement on primary keys: the sitting with its
     * workstation token, the attempt if it belongs to the sitting, and its answered count. Never the form.
     */
    Optional<StatusRow> status(UUID sittingId, UUID attemptId) {
        return jdbc.sql("""
                        SELECT s.token_hash, a.id AS attempt_id, a.stage, a.state, a.duration_seconds, a.deadline, a.paused_at,
                               (SELECT count(*) FROM delivery_answer ans WHERE ans.attempt_id = a.id) AS answered
                        FROM delivery_sitting s LEFT JOIN delivery_attempt a ON a.id = :attempt AND a.sitting_id = s.id
                        WHERE s.id = :sitting""")
                .param("sitting", sittingId).param("attempt", attemptId)
                .query((rs, n) -> new StatusRow(rs.getString("token_hash"), rs.getObject("attempt_id", UUID.class),
                        rs.getInt("stage"), rs.getString("state"), rs.getInt("duration_seconds"),
                        instant(rs, "deadline"), instant(rs, "paused_at"), rs.getInt("answered")))
                .optional();
    }

    /** The status poll's row; {@code attemptId} is null when the attempt is not the sitting's. */
    record StatusRow(String tokenHash, UUID attemptId, int stage, String state, int durationSeconds, Instant deadline,
                     Instant pausedAt, int answered) {

        AttemptRow attempt() {
            return new AttemptRow(attemptId, null, stage, state, durationSeconds, null, null, null, deadline, pausedAt,
                    null, null, null, null, null, null, null);
        }
    }

    int answeredCount(UUID attemptId) {
        return jdbc.sql("SELECT count(*) FROM delivery_answer WHERE attempt_id = ?").param(attemptId)
                .query(Integer.class).single();
    }

    void insertAct(UUID id, UUID sittingId, String kind, String description, String witnesses, String drawnBy,
                   Instant at) {
        jdbc.sql("""
                        INSERT INTO delivery_act (id, sitting_id, kind, description, witnesses, drawn_by, drawn_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, sittingId, kind, description, witnesses, drawnBy, ts(at)).update();
    }

    List<ActRow> acts(UUID sittingId) {
        return jdbc.sql("SELECT id, kind, description, witnesses, drawn_by, drawn_at FROM delivery_act WHERE sitting_id = ? ORDER BY drawn_at")
                .param(sittingId)
                .query((rs, n) -> new ActRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    record ActRow(UUID id, String kind, String description, String witnesses, String drawnBy, Instant drawnAt) {
    }

    /** The installation's exam-token key: {@code fresh} if no node stored one before, else the one stored. */
    byte[] examTokenKey(byte[] fresh) {
        jdbc.sql("INSERT INTO delivery_exam_token_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
                .param(fresh).update();
        return jdbc.sql("SELECT secret FROM delivery_exam_token_key WHERE id = 1").query(byte[].class).single();
    }

    private static String intArray(Integer[] values) {
        return "{" + Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(",")) + "}";
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static SittingRow sitting(ResultSet rs, int row) throws SQLException {
        long application = rs.getLong("application_id");
        Long applicationId = rs.wasNull() ? null : application;
        String ranges = rs.getString("allowed_ip_ranges");
        return new SittingRow(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class), applicationId,
                rs.getLong("account_id"), rs.getString("iin"), rs.getString("full_name"), rs.getString("service"),
                rs.getString("specialty"), rs.getString("centre_id"), rs.getObject("hall_id", UUID.class),
                rs.getObject("seat_id", UUID.class), rs.getString("seat_label"), rs.getString("seb_key_hex"),
                ranges == null || ranges.isBlank() ? List.of() : Arrays.asList(ranges.split(",")),
                rs.getString("language"), rs.getString("state"), instant(rs, "checked_in_at"),
                rs.getBoolean("trial"), SafeExamBrowserKeyKind.ofStored(rs.getString("seb_key_kind")));
    }

    private static AttemptRow attempt(ResultSet rs, int row) throws SQLException {
        boolean passed = rs.getBoolean("passed");
        Boolean passedOrNull = rs.wasNull() ? null : passed;
        return new AttemptRow(rs.getObject("id", UUID.class), rs.getObject("sitting_id", UUID.class), rs.getInt("stage"),
                rs.getString("state"), rs.getInt("duration_seconds"), integer(rs, "question_count"),
                rs.getString("form"), instant(rs, "started_at"), instant(rs, "deadline"), instant(rs, "paused_at"),
                rs.getString("pause_kind"), instant(rs, "finished_at"), rs.getString("finish_reason"),
                integer(rs, "correct"), integer(rs, "total"), integer(rs, "threshold"), passedOrNull);
    }
}
