package kz.attest.application;

import kz.attest.catalogue.QualificationRequirement.RegistryKind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stores the checklist marks ({@code application_requirement_mark}) and registry checks of applications. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RequirementRows {

    private final JdbcClient jdbc;

    record Mark(String code, boolean met, String note, String checkedBy, Instant checkedAt) {
    }

    /** The marks of an application by requirement code. */
    Map<String, Mark> marks(long applicationId) {
        return jdbc.sql("""
                        SELECT requirement_code, met, note, checked_by, checked_at FROM application_requirement_mark
                        WHERE application_id = ?""")
                .param(applicationId)
                .query((rs, n) -> new Mark(rs.getString("requirement_code"), rs.getBoolean("met"), rs.getString("note"),
                        rs.getString("checked_by"), rs.getTimestamp("checked_at").toInstant()))
                .list().stream().collect(Collectors.toMap(Mark::code, Function.identity()));
    }

    /** Sets (or replaces) the mark of one item. */
    void mark(long applicationId, Mark mark) {
        jdbc.sql("""
                        INSERT INTO application_requirement_mark (application_id, requirement_code, met, note, checked_by,
                            checked_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (application_id, requirement_code)
                        DO UPDATE SET met = EXCLUDED.met, note = EXCLUDED.note, checked_by = EXCLUDED.checked_by,
                            checked_at = EXCLUDED.checked_at""")
                .params(applicationId, mark.code(), mark.met(), mark.note(), mark.checkedBy(),
                        Timestamp.from(mark.checkedAt()))
                .update();
    }

    /** Records one registry check; returns its id. */
    long addCheck(long applicationId, RegistryKind registry, RegistryOutcome outcome, String details, String checkedBy,
                  Instant at) {
        return jdbc.sql("""
                        INSERT INTO application_registry_check (application_id, registry, outcome, details, checked_by,
                            checked_at)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(applicationId, registry.name(), outcome.name(), details, checkedBy, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** The registry checks of an application, newest first. */
    List<RegistryCheckView> checks(long applicationId) {
        return jdbc.sql("""
                        SELECT id, registry, outcome, details, checked_by, checked_at FROM application_registry_check
                        WHERE application_id = ? ORDER BY id DESC""")
                .param(applicationId)
                .query((rs, n) -> new RegistryCheckView(rs.getLong("id"), RegistryKind.valueOf(rs.getString("registry")),
                        RegistryOutcome.valueOf(rs.getString("outcome")), rs.getString("details"),
                        rs.getString("checked_by"), rs.getTimestamp("checked_at").toInstant()))
                .list();
    }
}
