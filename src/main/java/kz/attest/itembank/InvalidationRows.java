package kz.attest.itembank;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The invalidations of questions and cases (seed 000 ¶26): one table each, the same columns. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InvalidationRows {

    /** What was invalidated: a question or a case, each with its table. */
    enum Target {
        ITEM("itembank_invalidation", "item_id"),
        CASE("itembank_case_invalidation", "case_id");

        private final String table;
        private final String idColumn;

        Target(String table, String idColumn) {
            this.table = table;
            this.idColumn = idColumn;
        }
    }

    /** One invalidation as stored. */
    record Row(UUID id, String reason, String actReference, Instant at, String by) {
    }

    private final JdbcClient jdbc;

    void insert(Target target, UUID id, String reason, String actReference, Instant at, String by) {
        jdbc.sql("INSERT INTO " + target.table + " (" + target.idColumn
                        + ", reason, act_reference, invalidated_at, invalidated_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, reason, actReference, Timestamp.from(at), by).update();
    }

    Optional<Row> find(Target target, UUID id) {
        return jdbc.sql("SELECT " + target.idColumn + ", reason, act_reference, invalidated_at, invalidated_by FROM "
                        + target.table + " WHERE " + target.idColumn + " = ?")
                .param(id)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString("reason"),
                        rs.getString("act_reference"), rs.getTimestamp("invalidated_at").toInstant(),
                        rs.getString("invalidated_by")))
                .optional();
    }

    Set<UUID> among(Target target, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT " + target.idColumn + " FROM " + target.table + " WHERE "
                        + target.idColumn + " = ANY(CAST(? AS uuid[]))")
                .param(ids.stream().map(UUID::toString).toArray(String[]::new)).query(UUID.class).list());
    }
}
