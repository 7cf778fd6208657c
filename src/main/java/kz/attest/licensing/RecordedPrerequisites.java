package kz.attest.licensing;

import kz.attest.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The licensing module's own answer to {@link LicencePrerequisites}: outcomes (appendix-3 decisions, appendix-5
 * certificates) the Ministry records in {@code licensing_prerequisite} — paper-era documents, and every outcome until
 * the outcomes register answers the port. Valid means not revoked and not past its end of validity.
 */
@Component
class RecordedPrerequisites implements LicencePrerequisites {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    RecordedPrerequisites(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    record Recorded(long id, String iin, String form, String number, List<String> specialties, LocalDate issuedOn,
                    LocalDate validUntil, boolean revoked) {

        boolean validOn(LocalDate today) {
            return !revoked && (validUntil == null || !today.isAfter(validUntil));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public PrerequisiteCheck check(String iin, String form, Set<String> specialties, LocalDate today) {
        List<Recorded> held = jdbc.sql("""
                        SELECT id, iin, form, number, specialties, issued_on, valid_until, revoked_at IS NOT NULL
                        FROM licensing_prerequisite WHERE iin = ? AND form = ? ORDER BY issued_on DESC, id DESC""")
                .params(iin, form).query(RecordedPrerequisites::map).list();
        List<Recorded> valid = held.stream().filter(r -> r.validOn(today)).toList();
        if (!valid.isEmpty()) {
            List<String> covered = valid.stream().flatMap(r -> r.specialties().stream()).toList();
            List<String> missing = specialties.stream().filter(s -> !covered.contains(s)).sorted().toList();
            Recorded newest = valid.getFirst();
            return missing.isEmpty()
                    ? PrerequisiteCheck.met(newest.number(), newest.validUntil())
                    : new PrerequisiteCheck(PrerequisiteCheck.Outcome.SPECIALTIES_NOT_COVERED, newest.number(),
                    newest.validUntil(), missing);
        }
        return held.stream().findFirst()
                .map(r -> new PrerequisiteCheck(r.revoked() ? PrerequisiteCheck.Outcome.REVOKED
                        : PrerequisiteCheck.Outcome.EXPIRED, r.number(), r.validUntil(), List.of()))
                .orElseGet(PrerequisiteCheck::missing);
    }

    /** Records an outcome a licence may depend on (audited); a number recorded twice is a 409. */
    @Transactional
    long record(String actor, String iin, String form, String number, List<String> specialties, LocalDate issuedOn,
                LocalDate validUntil) {
        if (iin == null || !iin.matches("\\d{12}") || form == null || form.isBlank() || number == null
                || number.isBlank() || issuedOn == null) {
            throw LicensingRefusal.badInput("licensing.error.prerequisite-invalid");
        }
        if (jdbc.sql("SELECT count(*) FROM licensing_prerequisite WHERE form = ? AND number = ?")
                .params(form, number).query(Long.class).single() > 0) {
            throw LicensingRefusal.wrongState("licensing.error.prerequisite-duplicate", number);
        }
        long id = jdbc.sql("""
                        INSERT INTO licensing_prerequisite (iin, form, number, specialties, issued_on, valid_until,
                                                            recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(iin, form, number.strip(), specialties.toArray(String[]::new), Date.valueOf(issuedOn),
                        validUntil == null ? null : Date.valueOf(validUntil), actor, Timestamp.from(clock.instant()))
                .query(Long.class).single();
        auditLog.record(actor, "licensing.prerequisite-recorded", "LicencePrerequisite", Long.toString(id),
                form + " " + number + " for " + iin + " valid until " + validUntil + " specialties " + specialties);
        return id;
    }

    /** Revokes a recorded outcome with a reason (audited). */
    @Transactional
    void revoke(String actor, String form, String number, String reason) {
        if (reason == null || reason.isBlank()) {
            throw LicensingRefusal.badInput("licensing.error.reason-required");
        }
        int changed = jdbc.sql("""
                        UPDATE licensing_prerequisite SET revoked_at = ?, revocation_reason = ?
                        WHERE form = ? AND number = ? AND revoked_at IS NULL""")
                .params(Timestamp.from(clock.instant()), reason.strip(), form, number).update();
        if (changed == 0) {
            throw LicensingRefusal.notFound("licensing.error.prerequisite-unknown", number);
        }
        auditLog.record(actor, "licensing.prerequisite-revoked", "LicencePrerequisite", form + ":" + number, reason);
    }

    private static Recorded map(ResultSet rs, int n) throws SQLException {
        Date until = rs.getDate(7);
        return new Recorded(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), strings(rs.getArray(5)),
                rs.getDate(6).toLocalDate(), until == null ? null : until.toLocalDate(), rs.getBoolean(8));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
