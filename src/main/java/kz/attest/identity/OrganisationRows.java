package kz.attest.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Reads the organisations in {@code identity_organisation} (seeded by migrations, never edited at run time). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OrganisationRows {

    private static final String SELECT = """
            SELECT id, kind, parent_id, region_code, name_kk, name_ru, name_en FROM identity_organisation""";

    private final JdbcClient jdbc;

    List<Organisation> all() {
        return jdbc.sql(SELECT + " ORDER BY sort_order, id").query(OrganisationRows::map).list();
    }

    Optional<Organisation> find(String id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(OrganisationRows::map).optional();
    }

    List<Organisation> byKind(OrganisationKind kind) {
        return jdbc.sql(SELECT + " WHERE kind = ? ORDER BY sort_order, id").param(kind.name())
                .query(OrganisationRows::map).list();
    }

    List<Organisation> childrenOf(String parentId) {
        return jdbc.sql(SELECT + " WHERE parent_id = ? ORDER BY sort_order, id").param(parentId)
                .query(OrganisationRows::map).list();
    }

    private static Organisation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organisation(rs.getString("id"), OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("parent_id"), rs.getString("region_code"),
                rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"));
    }
}
