package kz.attest.licensing;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The outcomes the Ministry records for licences in {@code licensing_prerequisite}: the one home of their SQL. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PrerequisiteRows {

    private final JdbcClient jdbc;

    /** The outcomes of a form a person holds, newest first. */
    List<RecordedPrerequisites.Recorded> held(String iin, String form) {
        return jdbc.sql("""
                        SELECT id, iin, form, number, specialties, issued_on, valid_until, revoked_at IS NOT NULL
                        FROM licensing_prerequisite WHERE iin = ? AND form = ? ORDER BY issued_on DESC, id DESC""")
                .params(iin, form).query(PrerequisiteRows::map).list();
    }

    boolean exists(String form, String number) {
        return jdbc.sql("SELECT count(*) FROM licensing_prerequisite WHERE form = ? AND number = ?")
                .params(form, number).query(Long.class).single() > 0;
    }

    long insert(String iin, String form, String number, List<String> specialties, LocalDate issuedOn,
                LocalDate validUntil, String actor, Instant at) {
        return jdbc.sql("""
                        INSERT INTO licensing_prerequisite (iin, form, number, specialties, issued_on, valid_until,
                                                            recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(iin, form, number, specialties.toArray(String[]::new), Date.valueOf(issuedOn),
                        validUntil == null ? null : Date.valueOf(validUntil), actor, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** Revokes an outcome not revoked yet; how many rows changed. */
    int revoke(String form, String number, String reason, Instant at) {
        return jdbc.sql("""
                        UPDATE licensing_prerequisite SET revoked_at = ?, revocation_reason = ?
                        WHERE form = ? AND number = ? AND revoked_at IS NULL""")
                .params(Timestamp.from(at), reason, form, number).update();
    }

    private static RecordedPrerequisites.Recorded map(ResultSet rs, int n) throws SQLException {
        Date until = rs.getDate(7);
        return new RecordedPrerequisites.Recorded(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), strings(rs.getArray(5)),
                rs.getDate(6).toLocalDate(), until == null ? null : until.toLocalDate(), rs.getBoolean(8));
    }


    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
