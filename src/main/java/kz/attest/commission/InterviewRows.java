package kz.attest.commission;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Interviews, their questions and votes (V140). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InterviewRows {

    /** One interview as stored. */
    record Row(long id, UUID sittingId, long applicationId, String registrationNumber, long accountId,
               String applicantIin, String service, String organisationId, List<String> specialties, LocalDate testDay,
               InterviewStatus status, Instant startsAt, Instant endsAt, String room, String link, int version,
               byte[] protocolPdf, Integer protocolVersion, Boolean passed, Boolean decidedByChair, Instant signedAt,
               String signedBy, String signerSubject) {
    }

    record VoteRow(long accountId, boolean passed, Instant votedAt) {
    }

    private static final String COLUMNS = """
            id, sitting_id, application_id, registration_number, account_id, applicant_iin, service, organisation_id,
            specialties, test_day, status, starts_at, ends_at, room, link, version, protocol_pdf, protocol_version,
            outcome_passed, decided_by_chair, signed_at, signed_by, signer_subject""";

    private final JdbcClient jdbc;

    /** A pending interview for the sitting unless one exists (the event may arrive again); true when created. */
    boolean insertPending(UUID sittingId, long applicationId, String registrationNumber, long accountId, String iin,
                          String service, String organisationId, List<String> specialties, LocalDate testDay,
                          Instant at) {
        return jdbc.sql("""
                        INSERT INTO commission_interview (sitting_id, application_id, registration_number, account_id,
                            applicant_iin, service, organisation_id, specialties, test_day, status, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?) ON CONFLICT (sitting_id) DO NOTHING""")
                .params(sittingId, applicationId, registrationNumber, accountId, iin, service, organisationId,
                        String.join(",", specialties), Date.valueOf(testDay), Timestamp.from(at))
                .update() == 1;
    }

    Optional<Row> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commission_interview WHERE id = ?").param(id)
                .query(ROW).optional();
    }

    /** The interview locked for a change (so that concurrent changes see each other's questions and votes). */
    Optional<Row> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commission_interview WHERE id = ? FOR UPDATE").param(id)
                .query(ROW).optional();
    }

    Optional<Row> bySitting(UUID sittingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commission_interview WHERE sitting_id = ?").param(sittingId)
                .query(ROW).optional();
    }

    List<Row> ofOrganisation(String organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commission_interview WHERE organisation_id = ? ORDER BY id DESC")
                .param(organisationId).query(ROW).list();
    }

    List<Row> ofAccount(long accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM commission_interview WHERE account_id = ? ORDER BY id DESC")
                .param(accountId).query(ROW).list();
    }

    void plan(long id, Instant startsAt, Instant endsAt, String room, String link, String actor) {
        jdbc.sql("""
                        UPDATE commission_interview SET status = 'PLANNED', starts_at = ?, ends_at = ?, room = ?, link = ?,
                            planned_by = ?, version = version + 1 WHERE id = ?""")
                .params(Timestamp.from(startsAt), Timestamp.from(endsAt), room, link, actor, id).update();
    }

    int questionCount(long id, String specialty) {
        return jdbc.sql("SELECT count(*) FROM commission_question WHERE interview_id = ? AND specialty = ?")
                .params(id, specialty).query(Integer.class).single();
    }

    long addQuestion(long id, String specialty, String text, String actor, Instant at) {
        bump(id);
        return jdbc.sql("""
                        INSERT INTO commission_question (interview_id, specialty, text, asked_by, asked_at)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(id, specialty, text, actor, Timestamp.from(at)).query(Long.class).single();
    }

    List<InterviewView.Question> questions(long id) {
        return jdbc.sql("""
                        SELECT id, specialty, text, asked_by, asked_at FROM commission_question
                        WHERE interview_id = ? ORDER BY id""").param(id)
                .query((rs, n) -> new InterviewView.Question(rs.getLong("id"), rs.getString("specialty"),
                        rs.getString("text"), rs.getString("asked_by"), rs.getTimestamp("asked_at").toInstant()))
                .list();
    }

    void vote(long id, long accountId, boolean passed, Instant at) {
        bump(id);
        jdbc.sql("""
                        INSERT INTO commission_vote (interview_id, account_id, passed, voted_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (interview_id, account_id) DO UPDATE SET passed = EXCLUDED.passed,
                            voted_at = EXCLUDED.voted_at""")
                .params(id, accountId, passed, Timestamp.from(at)).update();
    }

    List<VoteRow> votes(long id) {
        return jdbc.sql("SELECT account_id, passed, voted_at FROM commission_vote WHERE interview_id = ? ORDER BY voted_at")
                .param(id)
                .query((rs, n) -> new VoteRow(rs.getLong("account_id"), rs.getBoolean("passed"),
                        rs.getTimestamp("voted_at").toInstant()))
                .list();
    }

    void storeProtocol(long id, byte[] pdf, int version, Instant at) {
        jdbc.sql("""
                        UPDATE commission_interview SET protocol_pdf = ?, protocol_version = ?, protocol_prepared_at = ?
                        WHERE id = ?""").params(pdf, version, Timestamp.from(at), id).update();
    }

    /** Closes the interview with its outcome, unless something changed since the protocol was prepared. */
    boolean conclude(long id, int version, boolean passed, boolean decidedByChair, String signedBy, String subject,
                     byte[] cms, Instant at) {
        return jdbc.sql("""
                        UPDATE commission_interview SET status = 'CONCLUDED', outcome_passed = ?, decided_by_chair = ?,
                            signed_at = ?, signed_by = ?, signer_subject = ?, signature = ?
                        WHERE id = ? AND status = 'PLANNED' AND version = ? AND protocol_version = ?""")
                .params(passed, decidedByChair, Timestamp.from(at), signedBy, subject, cms, id, version, version)
                .update() == 1;
    }

    Optional<byte[]> signature(long id) {
        return jdbc.sql("SELECT signature FROM commission_interview WHERE id = ? AND signature IS NOT NULL").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    private void bump(long id) {
        jdbc.sql("UPDATE commission_interview SET version = version + 1 WHERE id = ?").param(id).update();
    }

    private static final RowMapper<Row> ROW = InterviewRows::row;

    private static Row row(ResultSet rs, int n) throws SQLException {
        String specialties = rs.getString("specialties");
        return new Row(rs.getLong("id"), rs.getObject("sitting_id", UUID.class), rs.getLong("application_id"),
                rs.getString("registration_number"), rs.getLong("account_id"), rs.getString("applicant_iin"),
                rs.getString("service"), rs.getString("organisation_id"),
                specialties == null || specialties.isBlank() ? List.of() : Arrays.asList(specialties.split(",")),
                rs.getDate("test_day").toLocalDate(), InterviewStatus.valueOf(rs.getString("status")),
                instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("room"), rs.getString("link"),
                rs.getInt("version"), rs.getBytes("protocol_pdf"), (Integer) rs.getObject("protocol_version"),
                (Boolean) rs.getObject("outcome_passed"), (Boolean) rs.getObject("decided_by_chair"),
                instant(rs, "signed_at"), rs.getString("signed_by"), rs.getString("signer_subject"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
