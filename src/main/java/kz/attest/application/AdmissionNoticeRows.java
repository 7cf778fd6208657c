package kz.attest.application;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The admission details given to each admitted applicant, in {@code application_admission_notice}. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AdmissionNoticeRows {

    private final JdbcClient jdbc;

    void save(long applicationId, AdmissionDetails details, String givenBy, Instant at) {
        jdbc.sql("""
                        INSERT INTO application_admission_notice (application_id, test_place, test_at, procedure_text,
                            by_operator, given_by, given_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (application_id) DO UPDATE SET test_place = EXCLUDED.test_place,
                            test_at = EXCLUDED.test_at, procedure_text = EXCLUDED.procedure_text,
                            by_operator = EXCLUDED.by_operator, given_by = EXCLUDED.given_by, given_at = EXCLUDED.given_at""")
                .params(applicationId, details.place(), details.testAt() == null ? null : Timestamp.from(details.testAt()),
                        details.procedure(), details.byOperator(), givenBy, Timestamp.from(at))
                .update();
    }

    Optional<AdmissionDetails> find(long applicationId) {
        return jdbc.sql("""
                        SELECT test_place, test_at, procedure_text, by_operator FROM application_admission_notice
                        WHERE application_id = ?""")
                .param(applicationId)
                .query((rs, n) -> new AdmissionDetails(rs.getString(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getBoolean(4)))
                .optional();
    }
}
