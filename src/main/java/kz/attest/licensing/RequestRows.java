package kz.attest.licensing;

import kz.attest.catalogue.DeadlineStep;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Licence requests, their documents and steps in {@code licensing_request*}. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RequestRows {

    private static final String COLUMNS = """
            id, number, kind, service, account_id, applicant_iin, applicant_name, language, specialties,
            replaces_licence_id, reissue_reason, status, payment_reference, payment_status, payment_checked_at, cms,
            signer, received_at, refusal_reason, licence_id, version, created_at""";

    private final JdbcClient jdbc;

    String nextNumber(int year) {
        long n = jdbc.sql("SELECT nextval('licensing_request_number_seq')").query(Long.class).single();
        return "LR-%d-%06d".formatted(year, n);
    }

    long insert(LicenceRequest r) {
        r.id = jdbc.sql("""
                        INSERT INTO licensing_request (number, kind, service, account_id, applicant_iin, applicant_name,
                            language, specialties, replaces_licence_id, reissue_reason, status, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(r.number, r.kind.name(), r.service, r.accountId, r.applicantIin, r.applicantName, r.language,
                        r.specialties.toArray(String[]::new), r.replacesLicenceId, r.reissueReason, r.status.name(),
                        ts(r.createdAt))
                .query(Long.class).single();
        return r.id;
    }

    /** Writes the request's state; a concurrent change (another version) is a 409 by the optimistic lock. */
    void update(LicenceRequest r) {
        int changed = jdbc.sql("""
                        UPDATE licensing_request SET status = ?, payment_reference = ?, payment_status = ?,
                            payment_checked_at = ?, cms = ?, signer = ?, received_at = ?, refusal_reason = ?,
                            licence_id = ?, version = version + 1
                        WHERE id = ? AND version = ?""")
                .params(r.status.name(), r.paymentReference, r.paymentStatus == null ? null : r.paymentStatus.name(),
                        ts(r.paymentCheckedAt), r.cms, r.signer, ts(r.receivedAt), r.refusalReason, r.licenceId, r.id,
                        r.version)
                .update();
        if (changed != 1) {
            throw new org.springframework.dao.OptimisticLockingFailureException("licence request " + r.number);
        }
        r.version++;
    }

    Optional<LicenceRequest> find(long id) {
        return load("SELECT " + COLUMNS + " FROM licensing_request WHERE id = ?", id);
    }

    Optional<LicenceRequest> findForUpdate(long id) {
        return load("SELECT " + COLUMNS + " FROM licensing_request WHERE id = ? FOR UPDATE", id);
    }

    List<LicenceRequest> ofAccount(long accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM licensing_request WHERE account_id = ? ORDER BY id DESC")
                .param(accountId).query(this::map).list().stream().map(this::withChildren).toList();
    }

    List<LicenceRequest> inProgress() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM licensing_request WHERE status = 'IN_PROGRESS' ORDER BY received_at")
                .query(this::map).list().stream().map(this::withChildren).toList();
    }

    void insertDocument(long requestId, LicenceRequest.Document d, byte[] content, Instant at) {
        jdbc.sql("DELETE FROM licensing_request_document WHERE request_id = ? AND type = ?").params(requestId, d.type())
                .update();
        jdbc.sql("""
                        INSERT INTO licensing_request_document (id, request_id, type, file_name, content_type, size,
                            sha256, content, attached_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), requestId, d.type(), d.fileName(), d.contentType(), d.size(), d.sha256(), content, ts(at))
                .update();
    }

    Optional<DocumentContent> document(long requestId, UUID documentId) {
        return jdbc.sql("""
                        SELECT file_name, content_type, content FROM licensing_request_document
                        WHERE request_id = ? AND id = ?""")
                .params(requestId, documentId)
                .query((rs, n) -> new DocumentContent(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    record DocumentContent(String fileName, String contentType, byte[] content) {
    }

    void insertStep(long requestId, LicenceRequest.StepDone s) {
        jdbc.sql("""
                        INSERT INTO licensing_request_step (request_id, step, due_at, done_at, actor, note)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(requestId, s.step().name(), ts(s.dueAt()), ts(s.doneAt()), s.actor(), s.note()).update();
    }

    private Optional<LicenceRequest> load(String sql, long id) {
        return jdbc.sql(sql).param(id).query(this::map).optional().map(this::withChildren);
    }

    private LicenceRequest withChildren(LicenceRequest r) {
        r.documents.addAll(jdbc.sql("""
                        SELECT id, type, file_name, content_type, size, sha256 FROM licensing_request_document
                        WHERE request_id = ? ORDER BY attached_at, type""")
                .param(r.id)
                .query((rs, n) -> new LicenceRequest.Document(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6)))
                .list());
        r.steps.addAll(jdbc.sql("""
                        SELECT step, due_at, done_at, actor, note FROM licensing_request_step
                        WHERE request_id = ? ORDER BY done_at, step""")
                .param(r.id)
                .query((rs, n) -> new LicenceRequest.StepDone(DeadlineStep.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getString(5)))
                .list());
        return r;
    }

    private LicenceRequest map(ResultSet rs, int n) throws SQLException {
        LicenceRequest r = new LicenceRequest();
        r.id = rs.getLong("id");
        r.number = rs.getString("number");
        r.kind = LicenceRequest.Kind.valueOf(rs.getString("kind"));
        r.service = rs.getString("service");
        r.accountId = rs.getLong("account_id");
        r.applicantIin = rs.getString("applicant_iin");
        r.applicantName = rs.getString("applicant_name");
        r.language = rs.getString("language");
        r.specialties = PrerequisiteRows.strings(rs.getArray("specialties"));
        r.replacesLicenceId = rs.getObject("replaces_licence_id", Long.class);
        r.reissueReason = rs.getString("reissue_reason");
        r.status = LicenceRequest.Status.valueOf(rs.getString("status"));
        r.paymentReference = rs.getString("payment_reference");
        String payment = rs.getString("payment_status");
        r.paymentStatus = payment == null ? null : Payment.Status.valueOf(payment);
        r.paymentCheckedAt = instant(rs.getTimestamp("payment_checked_at"));
        r.cms = rs.getBytes("cms");
        r.signer = rs.getString("signer");
        r.receivedAt = instant(rs.getTimestamp("received_at"));
        r.refusalReason = rs.getString("refusal_reason");
        r.licenceId = rs.getObject("licence_id", Long.class);
        r.version = rs.getInt("version");
        r.createdAt = instant(rs.getTimestamp("created_at"));
        return r;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    /** Flags a step past its due time once; false when it was flagged before. */
    boolean flagOverdue(long requestId, String step, Instant due, Instant at) {
        return jdbc.sql("""
                        INSERT INTO licensing_overdue_flag (request_id, step, due_at, flagged_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(requestId, step, Timestamp.from(due), Timestamp.from(at)).update() == 1;
    }
}
