package kz.attest.itembank;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which imported identifiers the bank already holds, and the reads of approved content for export (the batch
 * writes are {@link BankRows#insertItems} and {@link BankRows#insertCases}). Content goes in and out only through the cipher, as in {@link BankRows}.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportRows {

    private static final int CHUNK = 5000;

    private final JdbcClient jdbc;
    private final BankCipher cipher;

    Set<UUID> existingItems(Collection<UUID> ids) {
        return existing("itembank_item", ids);
    }

    Set<UUID> existingCases(Collection<UUID> ids) {
        return existing("itembank_case", ids);
    }

    private Set<UUID> existing(String table, Collection<UUID> ids) {
        Set<UUID> found = new HashSet<>();
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(jdbc.sql("SELECT id FROM " + table + " WHERE id IN (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query(UUID.class).list());
        }
        return found;
    }

    /** Approved questions of the given topics (all topics when empty), by id. */
    List<Item> approvedItems(Collection<String> topics) {
        return jdbc.sql("SELECT id, topic, status, version, author, edited_by, reviewer, practice, demonstration,"
                        + " key_id, content FROM itembank_item WHERE status = 'APPROVED'"
                        + (topics.isEmpty() ? "" : " AND topic IN (:topics)") + " ORDER BY topic, id")
                .params(topics.isEmpty() ? java.util.Map.of() : java.util.Map.of("topics", List.copyOf(topics)))
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    ItemContent content = ContentCodec.read(cipher.open(id,
                            new BankCipher.Sealed(rs.getString("key_id"), rs.getBytes("content"))), ItemContent.class);
                    return new Item(id, rs.getString("topic"), rs.getBoolean("practice"),
                            rs.getBoolean("demonstration"), review(rs), content);
                }).list();
    }

    /** Approved cases of the given scopes (all when empty), by id. */
    List<BankCase> approvedCases(Collection<CaseScope> scopes) {
        List<BankCase> all = jdbc.sql("SELECT id, scope_kind, scope_code, status, version, author, edited_by,"
                        + " reviewer, practice, demonstration, key_id, content FROM itembank_case"
                        + " WHERE status = 'APPROVED' ORDER BY scope_kind, scope_code, id")
                .query((rs, n) -> {
                    CaseScope scope = new CaseScope(CaseScope.Kind.valueOf(rs.getString("scope_kind")),
                            rs.getString("scope_code"));
                    if (!scopes.isEmpty() && !scopes.contains(scope)) {
                        return null;
                    }
                    UUID id = rs.getObject("id", UUID.class);
                    CaseContent content = ContentCodec.read(cipher.open(id,
                            new BankCipher.Sealed(rs.getString("key_id"), rs.getBytes("content"))), CaseContent.class);
                    return new BankCase(id, scope, rs.getBoolean("practice"), rs.getBoolean("demonstration"),
                            review(rs), content);
                }).list();
        return all.stream().filter(java.util.Objects::nonNull).toList();
    }

    private static Review review(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Review(ItemStatus.valueOf(rs.getString("status")), rs.getInt("version"), rs.getString("author"),
                rs.getString("edited_by"), rs.getString("reviewer"));
    }
}
