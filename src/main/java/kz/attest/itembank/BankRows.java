package kz.attest.itembank;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The bank's tables. Content goes in and out only through the cipher; lists and pools read metadata only. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BankRows {

    private static final String ITEM_META = "id, topic, status, version, option_count, author, edited_by, reviewer, "
            + "practice, demonstration, updated_at";
    private static final String CASE_META = "id, scope_kind, scope_code, status, version, option_counts, author, "
            + "edited_by, reviewer, practice, demonstration, updated_at";
    private static final String ITEM_INSERT = ITEM_META + ", option_layout";
    private static final String CASE_INSERT = CASE_META + ", option_layout";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final BankCipher cipher;

    // ---- questions

    Optional<Item> findItem(UUID id, boolean forUpdate) {
        return jdbc.sql("SELECT " + ITEM_META + ", key_id, content FROM itembank_item WHERE id = ?"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .param(id).query((rs, n) -> {
                    UUID owner = rs.getObject("id", UUID.class);
                    ItemContent content = ContentCodec.read(cipher.open(owner, sealed(rs)), ItemContent.class);
                    return new Item(owner, rs.getString("topic"), rs.getBoolean("practice"),
                            rs.getBoolean("demonstration"), review(rs), content);
                }).optional();
    }

    Optional<ItemSummary> itemSummary(UUID id) {
        return jdbc.sql("SELECT " + ITEM_META + " FROM itembank_item WHERE id = ?").param(id)
                .query(BankRows::itemSummary).optional();
    }

    List<ItemSummary> items(Optional<String> topic, Optional<ItemStatus> status, int limit) {
        return jdbc.sql("SELECT " + ITEM_META + " FROM itembank_item"
                        + " WHERE (CAST(:topic AS TEXT) IS NULL OR topic = :topic)"
                        + " AND (CAST(:status AS TEXT) IS NULL OR status = :status) ORDER BY updated_at DESC, id LIMIT :limit")
                .param("topic", topic.orElse(null)).param("status", status.map(Enum::name).orElse(null))
                .param("limit", limit)
                .query(BankRows::itemSummary).list();
    }

    void insertItem(Item item, Instant now) {
        BankCipher.Sealed sealed = cipher.seal(item.id(), ContentCodec.write(item.content()));
        Review r = item.review();
        jdbc.sql("INSERT INTO itembank_item (" + ITEM_INSERT + ", key_id, content) VALUES (:id, :topic, :status,"
                        + " :version, :options, :author, :editedBy, :reviewer, :practice, :demo, :at, :layout, :keyId,"
                        + " :content)")
                .param("layout", layout(item.content())).param("id", item.id()).param("topic", item.topic()).param("status", r.status().name())
                .param("version", r.version()).param("options", item.content().options().size())
                .param("author", r.author()).param("editedBy", r.editedBy()).param("reviewer", r.reviewer())
                .param("practice", item.practice()).param("demo", item.demonstration())
                .param("at", Timestamp.from(now)).param("keyId", sealed.keyId()).param("content", sealed.bytes())
                .update();
        insertItemVersion(item, now);
    }

    /** Stores the new state; a new version also gets its row in the history. */
    void updateItem(Item item, Instant now, boolean newVersion) {
        BankCipher.Sealed sealed = cipher.seal(item.id(), ContentCodec.write(item.content()));
        Review r = item.review();
        jdbc.sql("UPDATE itembank_item SET status = :status, version = :version, option_count = :options,"
                        + " option_layout = :layout, edited_by = :editedBy, reviewer = :reviewer, updated_at = :at, key_id = :keyId,"
                        + " content = :content WHERE id = :id")
                .param("id", item.id()).param("status", r.status().name()).param("version", r.version())
                .param("layout", layout(item.content())).param("options", item.content().options().size()).param("editedBy", r.editedBy())
                .param("reviewer", r.reviewer()).param("at", Timestamp.from(now))
                .param("keyId", sealed.keyId()).param("content", sealed.bytes())
                .update();
        if (newVersion) {
            insertItemVersion(item, now);
        }
    }

    private void insertItemVersion(Item item, Instant now) {
        BankCipher.Sealed sealed = cipher.seal(item.id(), ContentCodec.write(item.content()));
        jdbc.sql("INSERT INTO itembank_item_version (item_id, version, edited_by, edited_at, key_id, content)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(item.id(), item.review().version(), item.review().editedBy(), Timestamp.from(now),
                        sealed.keyId(), sealed.bytes())
                .update();
    }

    /** The content of exact versions of questions, as recorded in forms. */
    java.util.Map<Versioned, ItemContent> itemVersions(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Versioned, ItemContent> contents = new java.util.HashMap<>();
        jdbc.sql("SELECT v.item_id, v.version, v.key_id, v.content FROM itembank_item_version v"
                        + " WHERE v.item_id IN (:ids)")
                .param("ids", List.copyOf(ids))
                .query((ResultSet rs) -> {
                    UUID id = rs.getObject("item_id", UUID.class);
                    contents.put(new Versioned(id, rs.getInt("version")),
                            ContentCodec.read(cipher.open(id, sealed(rs)), ItemContent.class));
                });
        return contents;
    }

    /** Every version of a question, oldest first, for the history view. */
    List<Integer> itemVersionNumbers(UUID id) {
        return jdbc.sql("SELECT version FROM itembank_item_version WHERE item_id = ? ORDER BY version")
                .param(id).query(Integer.class).list();
    }

    // ---- cases

    Optional<BankCase> findCase(UUID id, boolean forUpdate) {
        return jdbc.sql("SELECT " + CASE_META + ", key_id, content FROM itembank_case WHERE id = ?"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .param(id).query((rs, n) -> {
                    UUID owner = rs.getObject("id", UUID.class);
                    CaseContent content = ContentCodec.read(cipher.open(owner, sealed(rs)), CaseContent.class);
                    return new BankCase(owner, scope(rs), rs.getBoolean("practice"), rs.getBoolean("demonstration"),
                            review(rs), content);
                }).optional();
    }

    Optional<CaseSummary> caseSummary(UUID id) {
        return jdbc.sql("SELECT " + CASE_META + " FROM itembank_case WHERE id = ?").param(id)
                .query(BankRows::caseSummary).optional();
    }

    List<CaseSummary> cases(Optional<ItemStatus> status, int limit) {
        return jdbc.sql("SELECT " + CASE_META + " FROM itembank_case"
                        + " WHERE (CAST(:status AS TEXT) IS NULL OR status = :status)"
                        + " ORDER BY updated_at DESC, id LIMIT :limit")
                .param("status", status.map(Enum::name).orElse(null)).param("limit", limit)
                .query(BankRows::caseSummary).list();
    }

    void insertCase(BankCase bankCase, Instant now) {
        BankCipher.Sealed sealed = cipher.seal(bankCase.id(), ContentCodec.write(bankCase.content()));
        Review r = bankCase.review();
        jdbc.sql("INSERT INTO itembank_case (" + CASE_INSERT + ", key_id, content) VALUES (:id, :kind, :code,"
                        + " :status, :version, :options, :author, :editedBy, :reviewer, :practice, :demo, :at, :layout,"
                        + " :keyId, :content)")
                .param("layout", layouts(bankCase.content())).param("id", bankCase.id()).param("kind", bankCase.scope().kind().name())
                .param("code", bankCase.scope().code()).param("status", r.status().name())
                .param("version", r.version()).param("options", optionCounts(bankCase.content()))
                .param("author", r.author()).param("editedBy", r.editedBy()).param("reviewer", r.reviewer())
                .param("practice", bankCase.practice()).param("demo", bankCase.demonstration())
                .param("at", Timestamp.from(now)).param("keyId", sealed.keyId()).param("content", sealed.bytes())
                .update();
        insertCaseVersion(bankCase, now);
    }

    void updateCase(BankCase bankCase, Instant now, boolean newVersion) {
        BankCipher.Sealed sealed = cipher.seal(bankCase.id(), ContentCodec.write(bankCase.content()));
        Review r = bankCase.review();
        jdbc.sql("UPDATE itembank_case SET status = :status, version = :version, option_counts = :options,"
                        + " option_layout = :layout, edited_by = :editedBy, reviewer = :reviewer, updated_at = :at, key_id = :keyId,"
                        + " content = :content WHERE id = :id")
                .param("id", bankCase.id()).param("status", r.status().name()).param("version", r.version())
                .param("layout", layouts(bankCase.content())).param("options", optionCounts(bankCase.content())).param("editedBy", r.editedBy())
                .param("reviewer", r.reviewer()).param("at", Timestamp.from(now))
                .param("keyId", sealed.keyId()).param("content", sealed.bytes())
                .update();
        if (newVersion) {
            insertCaseVersion(bankCase, now);
        }
    }

    private void insertCaseVersion(BankCase bankCase, Instant now) {
        BankCipher.Sealed sealed = cipher.seal(bankCase.id(), ContentCodec.write(bankCase.content()));
        jdbc.sql("INSERT INTO itembank_case_version (case_id, version, edited_by, edited_at, key_id, content)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(bankCase.id(), bankCase.review().version(), bankCase.review().editedBy(), Timestamp.from(now),
                        sealed.keyId(), sealed.bytes())
                .update();
    }

    java.util.Map<Versioned, CaseContent> caseVersions(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Versioned, CaseContent> contents = new java.util.HashMap<>();
        jdbc.sql("SELECT case_id, version, key_id, content FROM itembank_case_version WHERE case_id IN (:ids)")
                .param("ids", List.copyOf(ids))
                .query((ResultSet rs) -> {
                    UUID id = rs.getObject("case_id", UUID.class);
                    contents.put(new Versioned(id, rs.getInt("version")),
                            ContentCodec.read(cipher.open(id, sealed(rs)), CaseContent.class));
                });
        return contents;
    }

    /** One version of a question or case. */
    record Versioned(UUID id, int version) {
    }

    // ---- pools

    BankPool pool(boolean practice) {
        List<BankPool.PoolItem> items = jdbc.sql("SELECT id, version, topic, option_count, option_layout"
                        + " FROM itembank_item WHERE status = 'APPROVED' AND practice = ? ORDER BY id")
                .param(practice)
                .query((rs, n) -> new BankPool.PoolItem(rs.getObject("id", UUID.class), rs.getInt("version"),
                        rs.getString("topic"), rs.getInt("option_count"),
                        OptionLayout.parse(rs.getString("option_layout"))))
                .list();
        List<BankPool.PoolCase> cases = jdbc.sql("SELECT id, version, scope_kind, scope_code, option_counts,"
                        + " option_layout FROM itembank_case WHERE status = 'APPROVED' AND practice = ? ORDER BY id")
                .param(practice)
                .query((rs, n) -> {
                    List<Integer> counts = parseCounts(rs.getString("option_counts"));
                    return new BankPool.PoolCase(rs.getObject("id", UUID.class), rs.getInt("version"), scope(rs),
                            counts, OptionLayout.parseCodes(rs.getString("option_layout"), counts.size()));
                })
                .list();
        return new BankPool(items, cases);
    }

    // ---- demonstration bank and key rotation

    boolean hasDemonstrationContent() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM itembank_item WHERE demonstration)").query(Boolean.class).single();
    }

    /**
     * Questions in batches, one statement per table rather than one per row: the demonstration bank and imports
     * (the rows carry each question's own review state and demonstration mark).
     */
    void insertItems(List<Item> items, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        for (Item item : items) {
            byte[] json = ContentCodec.write(item.content());
            BankCipher.Sealed sealed = cipher.seal(item.id(), json);
            BankCipher.Sealed history = cipher.seal(item.id(), json);
            Review r = item.review();
            rows.add(new Object[]{item.id(), item.topic(), r.status().name(), r.version(),
                    item.content().options().size(), r.author(), r.editedBy(), r.reviewer(), item.practice(),
                    item.demonstration(), at, layout(item.content()), sealed.keyId(), sealed.bytes()});
            versions.add(new Object[]{item.id(), r.version(), r.editedBy(), at, history.keyId(), history.bytes()});
        }
        batch.batchUpdate("INSERT INTO itembank_item (" + ITEM_INSERT + ", key_id, content)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        batch.batchUpdate("INSERT INTO itembank_item_version (item_id, version, edited_by, edited_at, key_id, content)"
                + " VALUES (?, ?, ?, ?, ?, ?)", versions);
    }

    /** Cases in batches, like {@link #insertItems}. */
    void insertCases(List<BankCase> cases, Instant now) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        for (BankCase c : cases) {
            byte[] json = ContentCodec.write(c.content());
            BankCipher.Sealed sealed = cipher.seal(c.id(), json);
            BankCipher.Sealed history = cipher.seal(c.id(), json);
            Review r = c.review();
            rows.add(new Object[]{c.id(), c.scope().kind().name(), c.scope().code(), r.status().name(), r.version(),
                    optionCounts(c.content()), r.author(), r.editedBy(), r.reviewer(), c.practice(), c.demonstration(), at,
                    layouts(c.content()), sealed.keyId(), sealed.bytes()});
            versions.add(new Object[]{c.id(), r.version(), r.editedBy(), at, history.keyId(), history.bytes()});
        }
        batch.batchUpdate("INSERT INTO itembank_case (" + CASE_INSERT + ", key_id, content)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        batch.batchUpdate("INSERT INTO itembank_case_version (case_id, version, edited_by, edited_at, key_id, content)"
                + " VALUES (?, ?, ?, ?, ?, ?)", versions);
    }

    /** Re-encrypts every value not under the active key; returns how many values changed. */
    int reencryptAll() {
        String active = cipher.keys().activeId();
        int changed = 0;
        changed += reencrypt("itembank_item", "id", "id", active);
        changed += reencrypt("itembank_item_version", "item_id", "item_id, version", active);
        changed += reencrypt("itembank_case", "id", "id", active);
        changed += reencrypt("itembank_case_version", "case_id", "case_id, version", active);
        return changed;
    }

    private int reencrypt(String table, String ownerColumn, String keyColumns, String active) {
        List<Object[]> updates = new ArrayList<>();
        String versionColumn = keyColumns.contains("version") ? "version" : null;
        jdbc.sql("SELECT " + keyColumns + ", key_id, content FROM " + table + " WHERE key_id <> ? FOR UPDATE")
                .param(active)
                .query((ResultSet rs) -> {
                    UUID owner = rs.getObject(ownerColumn, UUID.class);
                    BankCipher.Sealed fresh = cipher.seal(owner, cipher.open(owner, sealed(rs)), active);
                    updates.add(versionColumn == null
                            ? new Object[]{fresh.keyId(), fresh.bytes(), owner}
                            : new Object[]{fresh.keyId(), fresh.bytes(), owner, rs.getInt(versionColumn)});
                });
        String where = versionColumn == null ? ownerColumn + " = ?" : ownerColumn + " = ? AND version = ?";
        batch.batchUpdate("UPDATE " + table + " SET key_id = ?, content = ? WHERE " + where, updates);
        return updates.size();
    }

    // ---- forms

    void insertForm(UUID id, String candidate, String service, int stage, String specialty, boolean practice,
                    long seed, String formJson, Instant now) {
        jdbc.sql("INSERT INTO itembank_form (id, candidate, service_code, stage, specialty, practice, seed, form,"
                        + " assembled_at) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?)")
                .params(id, candidate, service, stage, specialty, practice, seed, formJson, Timestamp.from(now))
                .update();
    }

    List<String> formsOf(String candidate) {
        return jdbc.sql("SELECT form::text FROM itembank_form WHERE candidate = ? ORDER BY assembled_at")
                .param(candidate).query(String.class).list();
    }

    // ---- mapping

    private static BankCipher.Sealed sealed(ResultSet rs) throws SQLException {
        return new BankCipher.Sealed(rs.getString("key_id"), rs.getBytes("content"));
    }

    private static Review review(ResultSet rs) throws SQLException {
        return new Review(ItemStatus.valueOf(rs.getString("status")), rs.getInt("version"), rs.getString("author"),
                rs.getString("edited_by"), rs.getString("reviewer"));
    }

    private static CaseScope scope(ResultSet rs) throws SQLException {
        return new CaseScope(CaseScope.Kind.valueOf(rs.getString("scope_kind")), rs.getString("scope_code"));
    }

    private static ItemSummary itemSummary(ResultSet rs, int row) throws SQLException {
        return new ItemSummary(rs.getObject("id", UUID.class), rs.getString("topic"),
                ItemStatus.valueOf(rs.getString("status")), rs.getInt("version"), rs.getInt("option_count"),
                rs.getString("author"), rs.getString("edited_by"), rs.getString("reviewer"), rs.getBoolean("practice"),
                rs.getBoolean("demonstration"), rs.getTimestamp("updated_at").toInstant());
    }

    private static CaseSummary caseSummary(ResultSet rs, int row) throws SQLException {
        return new CaseSummary(rs.getObject("id", UUID.class), scope(rs), ItemStatus.valueOf(rs.getString("status")),
                rs.getInt("version"), parseCounts(rs.getString("option_counts")).size(), rs.getString("author"),
                rs.getString("edited_by"), rs.getString("reviewer"), rs.getBoolean("practice"),
                rs.getBoolean("demonstration"), rs.getTimestamp("updated_at").toInstant());
    }

    private static String layout(ItemContent content) {
        return content.layout().shuffled() ? null : content.layout().code();
    }

    private static String layouts(CaseContent content) {
        return OptionLayout.codes(content.questions().stream().map(ItemContent::layout).toList());
    }

    private static String optionCounts(CaseContent content) {
        return content.questions().stream().map(q -> Integer.toString(q.options().size()))
                .collect(Collectors.joining(","));
    }

    private static List<Integer> parseCounts(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(Integer::valueOf).toList();
    }
}
