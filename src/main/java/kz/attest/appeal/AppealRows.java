package kz.attest.appeal;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores complaints in {@code appeal_appeal} and their files in {@code appeal_file}. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AppealRows {

    private static final String SELECT = """
            SELECT id, application_id, application_number, service_code, provider_id, application_status, account_id,
                   applicant_iin, addressee, addressee_org, subject, text, filed_at, registered_on, due_date, status,
                   answer, answered_by, answered_at, reopened
            FROM appeal_appeal""";

    private final JdbcClient jdbc;

    /** A complaint as stored, with the files' descriptions. */
    record Row(long id, long applicationId, String applicationNumber, String service, String providerId,
               String applicationStatus, long accountId, String applicantIin, AppealAddressee addressee,
               String addresseeOrganisation, AppealSubject subject, String text, Instant filedAt,
               LocalDate registeredOn, LocalDate dueDate, AppealStatus status, String answer, String answeredBy,
               Instant answeredAt, boolean reopened) {
    }

    record NewFile(String fileName, String contentType, String sha256, byte[] content) {
    }

    record StoredFile(String fileName, String contentType, byte[] content) {
    }

    long insert(Row row, List<NewFile> files) {
        long id = jdbc.sql("""
                        INSERT INTO appeal_appeal (application_id, application_number, service_code, provider_id,
                            application_status, account_id, applicant_iin, addressee, addressee_org, subject, text,
                            filed_at, registered_on, due_date, status)
                        VALUES (:application, :number, :service, :provider, :applicationStatus, :account, :iin,
                            :addressee, :org, :subject, :text, :filed, :registered, :due, 'OPEN')
                        RETURNING id""")
                .param("application", row.applicationId())
                .param("number", row.applicationNumber(), java.sql.Types.VARCHAR)
                .param("service", row.service())
                .param("provider", row.providerId())
                .param("applicationStatus", row.applicationStatus())
                .param("account", row.accountId())
                .param("iin", row.applicantIin(), java.sql.Types.VARCHAR)
                .param("addressee", row.addressee().name())
                .param("org", row.addresseeOrganisation())
                .param("subject", row.subject().name())
                .param("text", row.text())
                .param("filed", Timestamp.from(row.filedAt()))
                .param("registered", Date.valueOf(row.registeredOn()))
                .param("due", Date.valueOf(row.dueDate()))
                .query(Long.class).single();
        for (NewFile file : files) {
            jdbc.sql("""
                            INSERT INTO appeal_file (id, appeal_id, file_name, content_type, size_bytes, sha256, content)
                            VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), id, file.fileName(), file.contentType(), (long) file.content().length,
                            file.sha256(), file.content())
                    .update();
        }
        return id;
    }

    /** Records the answer once: a second answer (or a concurrent one) finds no open complaint and is refused. */
    boolean answer(long id, AppealStatus outcome, String answer, String answeredBy, Instant at, boolean reopened) {
        return jdbc.sql("""
                        UPDATE appeal_appeal SET status = ?, answer = ?, answered_by = ?, answered_at = ?, reopened = ?
                        WHERE id = ? AND status = 'OPEN'""")
                .params(outcome.name(), answer, answeredBy, Timestamp.from(at), reopened, id)
                .update() == 1;
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::map).optional();
    }

    /** Locks the complaint's row for the answer, so that two answers at once are one answer and one refusal. */
    Optional<Row> lock(long id) {
        return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id).query(this::map).optional();
    }

    List<Row> ofAccount(long accountId) {
        return jdbc.sql(SELECT + " WHERE account_id = ? ORDER BY filed_at DESC, id DESC").param(accountId)
                .query(this::map).list();
    }

    List<Row> ofApplication(long applicationId) {
        return jdbc.sql(SELECT + " WHERE application_id = ? ORDER BY filed_at DESC, id DESC").param(applicationId)
                .query(this::map).list();
    }

    /** The organisation's complaints: open ones first, the earliest due first; then the answered, latest first. */
    List<Row> addressedTo(String organisationId) {
        return jdbc.sql(SELECT + """
                         \sWHERE addressee_org = ?
                         ORDER BY (status = 'OPEN') DESC, due_date, answered_at DESC NULLS LAST, id""")
                .param(organisationId).query(this::map).list();
    }

    List<AppealFileView> files(long appealId) {
        return jdbc.sql("SELECT id, file_name, content_type, size_bytes FROM appeal_file WHERE appeal_id = ? ORDER BY file_name, id")
                .param(appealId)
                .query((rs, n) -> new AppealFileView(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes")))
                .list();
    }

    Optional<StoredFile> file(long appealId, UUID fileId) {
        return jdbc.sql("SELECT file_name, content_type, content FROM appeal_file WHERE appeal_id = ? AND id = ?")
                .params(appealId, fileId)
                .query((rs, n) -> new StoredFile(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }

    private Row map(ResultSet rs, int n) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Row(rs.getLong("id"), rs.getLong("application_id"), rs.getString("application_number"),
                rs.getString("service_code"), rs.getString("provider_id"), rs.getString("application_status"),
                rs.getLong("account_id"), rs.getString("applicant_iin"),
                AppealAddressee.valueOf(rs.getString("addressee")), rs.getString("addressee_org"),
                AppealSubject.valueOf(rs.getString("subject")), rs.getString("text"),
                rs.getTimestamp("filed_at").toInstant(), rs.getDate("registered_on").toLocalDate(),
                rs.getDate("due_date").toLocalDate(), AppealStatus.valueOf(rs.getString("status")),
                rs.getString("answer"), rs.getString("answered_by"),
                answeredAt == null ? null : answeredAt.toInstant(), rs.getBoolean("reopened"));
    }
}
