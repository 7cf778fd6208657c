package kz.attest.commission;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The commissions and their members (V140). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CommissionRows {

    record MemberRow(long accountId, MemberRole role) {
    }

    private final JdbcClient jdbc;

    Optional<String> name(String organisationId) {
        return jdbc.sql("SELECT name FROM commission_commission WHERE organisation_id = ?").param(organisationId)
                .query(String.class).optional();
    }

    /** Creates the commission or renames it; true when it was created. */
    boolean upsert(String organisationId, String name, String actor, Instant at) {
        boolean created = jdbc.sql("""
                        INSERT INTO commission_commission (organisation_id, name, created_at, created_by)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(organisationId, name, Timestamp.from(at), actor).update() == 1;
        if (!created) {
            jdbc.sql("UPDATE commission_commission SET name = ? WHERE organisation_id = ?")
                    .params(name, organisationId).update();
        }
        return created;
    }

    List<MemberRow> members(String organisationId) {
        return jdbc.sql("""
                        SELECT account_id, role FROM commission_member WHERE organisation_id = ?
                        ORDER BY CASE role WHEN 'CHAIR' THEN 0 WHEN 'MEMBER' THEN 1 ELSE 2 END, added_at, account_id""")
                .param(organisationId)
                .query((rs, n) -> new MemberRow(rs.getLong("account_id"), MemberRole.valueOf(rs.getString("role"))))
                .list();
    }

    Optional<MemberRole> role(String organisationId, long accountId) {
        return jdbc.sql("SELECT role FROM commission_member WHERE organisation_id = ? AND account_id = ?")
                .params(organisationId, accountId).query(String.class).optional().map(MemberRole::valueOf);
    }

    /** Adds the member or changes their role; a new chair makes the previous chair a member. */
    void put(String organisationId, long accountId, MemberRole role, String actor, Instant at) {
        jdbc.sql("SELECT organisation_id FROM commission_commission WHERE organisation_id = ? FOR UPDATE")
                .param(organisationId).query(String.class).optional();
        if (role == MemberRole.CHAIR) {
            jdbc.sql("""
                            UPDATE commission_member SET role = 'MEMBER'
                            WHERE organisation_id = ? AND role = 'CHAIR' AND account_id <> ?""")
                    .params(organisationId, accountId).update();
        }
        jdbc.sql("""
                        INSERT INTO commission_member (organisation_id, account_id, role, added_at, added_by)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (organisation_id, account_id) DO UPDATE SET role = EXCLUDED.role""")
                .params(organisationId, accountId, role.name(), Timestamp.from(at), actor).update();
    }

    boolean remove(String organisationId, long accountId) {
        return jdbc.sql("DELETE FROM commission_member WHERE organisation_id = ? AND account_id = ?")
                .params(organisationId, accountId).update() == 1;
    }
}
