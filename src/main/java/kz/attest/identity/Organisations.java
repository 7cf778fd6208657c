package kz.attest.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/** The organisations of the platform: justice departments, the forensic centre, the Ministry, the testing operator. */
@Service
public class Organisations {

    private static final String SELECT = """
            SELECT id, kind, parent_id, region_code, name_kk, name_ru, name_en FROM identity_organisation""";

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organisation> all() {
        return jdbc.sql(SELECT + " ORDER BY sort_order, id").query(Organisations::map).list();
    }

    public Optional<Organisation> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Organisations::map).optional();
    }

    public List<Organisation> byKind(OrganisationKind kind) {
        return jdbc.sql(SELECT + " WHERE kind = ? ORDER BY sort_order, id").param(kind.name())
                .query(Organisations::map).list();
    }

    /** The organisations that belong to the given one (a testing operator's test centres). */
    public List<Organisation> childrenOf(String parentId) {
        return jdbc.sql(SELECT + " WHERE parent_id = ? ORDER BY sort_order, id").param(parentId)
                .query(Organisations::map).list();
    }

    private static Organisation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organisation(rs.getString("id"), OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("parent_id"), rs.getString("region_code"),
                rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"));
    }
}
