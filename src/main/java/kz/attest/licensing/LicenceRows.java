package kz.attest.licensing;

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

/** The licence registry in {@code licensing_licence}. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LicenceRows {

    private static final String VIEW = """
            SELECT l.number, l.service, l.holder_iin, l.holder_name, l.specialties, l.issued_on, l.status,
                   l.status_reason, p.number, n.number, l.reissue_reason
            FROM licensing_licence l
            LEFT JOIN licensing_licence p ON p.id = l.replaces_id
            LEFT JOIN licensing_licence n ON n.id = l.replaced_by_id""";

    private final JdbcClient jdbc;

    record Held(long id, String number, String service, long holderAccountId, String holderIin, String status) {
    }

    String nextNumber(int year) {
        long n = jdbc.sql("SELECT nextval('licensing_licence_number_seq')").query(Long.class).single();
        return "LIC-%d-%06d".formatted(year, n);
    }

    long insert(String number, String service, long accountId, String iin, String name, List<String> specialties,
                LocalDate issuedOn, long requestId, Long replacesId, String reissueReason, byte[] pdf, String codeHash,
                Instant now) {
        return jdbc.sql("""
                        INSERT INTO licensing_licence (number, service, holder_account_id, holder_iin, holder_name,
                            specialties, issued_on, status, request_id, replaces_id, reissue_reason, pdf, code_hash,
                            created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(number, service, accountId, iin, name, specialties.toArray(String[]::new), Date.valueOf(issuedOn),
                        requestId, replacesId, reissueReason, pdf, codeHash, Timestamp.from(now))
                .query(Long.class).single();
    }

    Optional<Held> held(String number) {
        return jdbc.sql("""
                        SELECT id, number, service, holder_account_id, holder_iin, status FROM licensing_licence
                        WHERE number = ?""").param(number).query(LicenceRows::held).optional();
    }

    Optional<Held> heldForUpdate(long id) {
        return jdbc.sql("""
                        SELECT id, number, service, holder_account_id, holder_iin, status FROM licensing_licence
                        WHERE id = ? FOR UPDATE""").param(id).query(LicenceRows::held).optional();
    }

    Optional<Held> held(long id) {
        return jdbc.sql("""
                        SELECT id, number, service, holder_account_id, holder_iin, status FROM licensing_licence
                        WHERE id = ?""").param(id).query(LicenceRows::held).optional();
    }

    void reissued(long oldId, long newId, Instant now) {
        jdbc.sql("""
                        UPDATE licensing_licence SET status = 'REISSUED', replaced_by_id = ?, status_changed_at = ?
                        WHERE id = ?""").params(newId, Timestamp.from(now), oldId).update();
    }

    void status(long id, String status, String reason, Instant now) {
        jdbc.sql("""
                        UPDATE licensing_licence SET status = ?, status_reason = ?, status_changed_at = ? WHERE id = ?""")
                .params(status, reason, Timestamp.from(now), id).update();
    }

    Optional<LicenceView> view(String number) {
        return jdbc.sql(VIEW + " WHERE l.number = ?").param(number).query(LicenceRows::view).optional();
    }

    /** The licence with this number whose verification code hashes to {@code codeHash}. */
    Optional<LicenceView> view(String number, String codeHash) {
        return jdbc.sql(VIEW + " WHERE l.number = ? AND l.code_hash = ?").params(number, codeHash)
                .query(LicenceRows::view).optional();
    }

    List<LicenceView> ofAccount(long accountId) {
        return jdbc.sql(VIEW + " WHERE l.holder_account_id = ? ORDER BY l.id DESC").param(accountId)
                .query(LicenceRows::view).list();
    }

    List<LicenceView> all() {
        return jdbc.sql(VIEW + " ORDER BY l.id DESC LIMIT 500").query(LicenceRows::view).list();
    }

    Optional<byte[]> pdf(String number) {
        return jdbc.sql("SELECT pdf FROM licensing_licence WHERE number = ?").param(number).query(byte[].class)
                .optional();
    }

    private static Held held(ResultSet rs, int n) throws SQLException {
        return new Held(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6));
    }

    private static LicenceView view(ResultSet rs, int n) throws SQLException {
        return new LicenceView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                PrerequisiteRows.strings(rs.getArray(5)), rs.getDate(6).toLocalDate(), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
    }
}
