package kz.attest.application;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Stores motivated decisions in {@code application_decision}; a new preparation supersedes an unsigned one. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DecisionRows {

    private static final String SELECT = """
            SELECT id, application_id, admit, reason, prepared_by, prepared_at, content, signed_by, signed_at,
                   signer_subject FROM application_decision""";

    private final JdbcClient jdbc;

    long insert(long applicationId, boolean admit, String reason, String preparedBy, Instant preparedAt, byte[] content) {
        jdbc.sql("UPDATE application_decision SET superseded = true WHERE application_id = ? AND signed_at IS NULL")
                .param(applicationId).update();
        return jdbc.sql("""
                        INSERT INTO application_decision (application_id, admit, reason, prepared_by, prepared_at, content)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(applicationId, admit, reason, preparedBy, Timestamp.from(preparedAt), content)
                .query(Long.class).single();
    }

    /** The current decision of the application: the unsigned one being prepared, or else the last signed one. */
    Optional<DecisionView> current(long applicationId) {
        return jdbc.sql(SELECT + " WHERE application_id = ? AND NOT superseded ORDER BY id DESC LIMIT 1")
                .param(applicationId).query(this::map).optional();
    }

    /** Signs the decision unless it was signed or superseded meanwhile; whether it was. */
    boolean sign(long id, String signedBy, Instant at, byte[] signature, String signerSubject) {
        return jdbc.sql("""
                        UPDATE application_decision SET signed_by = ?, signed_at = ?, signature = ?, signer_subject = ?
                        WHERE id = ? AND signed_at IS NULL AND NOT superseded""")
                .params(signedBy, Timestamp.from(at), signature, signerSubject, id).update() == 1;
    }

    private DecisionView map(ResultSet rs, int row) throws SQLException {
        Timestamp signedAt = rs.getTimestamp("signed_at");
        return new DecisionView(rs.getLong("id"), rs.getLong("application_id"), rs.getBoolean("admit"),
                rs.getString("reason"), rs.getString("prepared_by"), rs.getTimestamp("prepared_at").toInstant(),
                new String(rs.getBytes("content"), StandardCharsets.UTF_8), rs.getString("signed_by"),
                signedAt == null ? null : signedAt.toInstant(), rs.getString("signer_subject"));
    }
}
