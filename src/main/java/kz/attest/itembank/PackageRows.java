package kz.attest.itembank;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.codec.digest.DigestUtils;
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
import java.util.Set;
import java.util.UUID;

import static kz.attest.Json.JSON;

/** The package registries and the bank rows packages bring, retire and wipe. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PackageRows {

    private static final String COLUMNS = "side, id, line, version, status, manifest::text AS manifest_text, "
            + "file_sha256, file IS NOT NULL AS file_kept, signer, items, cases, inserted_items, inserted_cases, "
            + "not_before, not_after, recorded_by, recorded_at, superseded_by, withdrawn_by, withdrawn_at, "
            + "withdrawal_reason, destroyed_by, destroyed_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final BankCipher cipher;

    // ---- registry

    /** Serialises exports and imports of one line for the rest of the transaction. */
    void lockLine(PackageRecord.Side side, String line) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("itembank-package:" + side + ":" + line)
                .query((rs, n) -> 1).list();
    }

    int highestVersion(PackageRecord.Side side, String line) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM itembank_package WHERE side = ? AND line = ?")
                .params(side.name(), line).query(Integer.class).single();
    }

    boolean exists(PackageRecord.Side side, UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM itembank_package WHERE side = ? AND id = ?)")
                .params(side.name(), id).query(Boolean.class).single();
    }

    void insert(PackageRecord.Side side, PackageManifest manifest, PackageRecord.Status status, byte[] file,
                String signer, int insertedItems, int insertedCases, String actor, Instant now) {
        jdbc.sql("INSERT INTO itembank_package (side, id, line, version, status, manifest, file_sha256, file, signer,"
                        + " items, cases, inserted_items, inserted_cases, not_before, not_after, recorded_by, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(side.name(), manifest.packageId(), manifest.line(), manifest.version(), status.name(),
                        JSON.writeValueAsString(manifest), DigestUtils.sha256Hex(file), file, signer,
                        manifest.items(), manifest.cases(), insertedItems, insertedCases,
                        Timestamp.from(manifest.notBefore()), Timestamp.from(manifest.notAfter()), actor,
                        Timestamp.from(now))
                .update();
    }

    List<PackageRecord> list(PackageRecord.Side side, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM itembank_package WHERE side = ? ORDER BY recorded_at DESC, line,"
                        + " version DESC LIMIT ?")
                .params(side.name(), limit).query(PackageRows::record).list();
    }

    Optional<PackageRecord> find(PackageRecord.Side side, UUID id, boolean forUpdate) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM itembank_package WHERE side = ? AND id = ?"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .params(side.name(), id).query(PackageRows::record).optional();
    }

    Optional<byte[]> file(PackageRecord.Side side, UUID id) {
        return jdbc.sql("SELECT file FROM itembank_package WHERE side = ? AND id = ? AND file IS NOT NULL")
                .params(side.name(), id).query((rs, n) -> rs.getBytes("file")).optional();
    }

    /** Marks the line's other active packages superseded by {@code newer}; returns their ids. */
    List<UUID> supersede(String line, UUID newer) {
        return jdbc.sql("UPDATE itembank_package SET status = 'SUPERSEDED', superseded_by = ? WHERE side = 'IMPORTED'"
                        + " AND line = ? AND status = 'ACTIVE' AND id <> ? RETURNING id")
                .params(newer, line, newer).query(UUID.class).list();
    }

    void withdraw(PackageRecord.Side side, UUID id, String reason, String actor, Instant now) {
        jdbc.sql("UPDATE itembank_package SET status = 'WITHDRAWN', withdrawn_by = ?, withdrawn_at = ?,"
                        + " withdrawal_reason = ? WHERE side = ? AND id = ?")
                .params(actor, Timestamp.from(now), reason, side.name(), id).update();
    }

    void destroy(UUID id, String actor, Instant now) {
        jdbc.sql("UPDATE itembank_package SET status = 'DESTROYED', file = NULL, destroyed_by = ?, destroyed_at = ?"
                        + " WHERE side = 'IMPORTED' AND id = ?")
                .params(actor, Timestamp.from(now), id).update();
    }

    // ---- content

    /** Approved questions of the topics and approved cases of the scopes, decrypted, ordered by id. */
    PackageContent approvedContent(Collection<String> topics, Collection<String> services,
                                   Collection<String> specialties) {
        List<PackageContent.PackagedItem> items = topics.isEmpty() ? List.of() : jdbc.sql(
                        "SELECT id, version, topic, practice, demonstration, author, reviewer, key_id, content"
                                + " FROM itembank_item WHERE status = 'APPROVED' AND topic IN (:topics) ORDER BY id")
                .param("topics", List.copyOf(topics))
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new PackageContent.PackagedItem(id, rs.getInt("version"), rs.getString("topic"),
                            rs.getBoolean("practice"), rs.getBoolean("demonstration"), rs.getString("author"),
                            rs.getString("reviewer"), ContentCodec.read(open(id, rs), ItemContent.class));
                }).list();
        List<String> scopes = new ArrayList<>();
        services.forEach(s -> scopes.add("SERVICE:" + s));
        specialties.forEach(s -> scopes.add("SPECIALTY:" + s));
        List<PackageContent.PackagedCase> cases = jdbc.sql(
                        "SELECT id, version, scope_kind, scope_code, practice, demonstration, author, reviewer, key_id,"
                                + " content FROM itembank_case WHERE status = 'APPROVED'"
                                + " AND scope_kind || ':' || scope_code IN (:scopes) ORDER BY id")
                .param("scopes", scopes.isEmpty() ? List.of("-") : scopes)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new PackageContent.PackagedCase(id, rs.getInt("version"),
                            new CaseScope(CaseScope.Kind.valueOf(rs.getString("scope_kind")), rs.getString("scope_code")),
                            rs.getBoolean("practice"), rs.getBoolean("demonstration"), rs.getString("author"),
                            rs.getString("reviewer"), ContentCodec.read(open(id, rs), CaseContent.class));
                }).list();
        return new PackageContent(items, cases);
    }

    Set<UUID> presentItems(Collection<UUID> ids) {
        return present("itembank_item", ids);
    }

    Set<UUID> presentCases(Collection<UUID> ids) {
        return present("itembank_case", ids);
    }

    private Set<UUID> present(String table, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT id FROM " + table + " WHERE id IN (:ids)").param("ids", List.copyOf(ids))
                .query(UUID.class).list());
    }

    void insertEntries(UUID packageId, String kind, List<Object[]> idVersionInserted) {
        List<Object[]> rows = idVersionInserted.stream()
                .map(r -> new Object[]{packageId, kind, r[0], r[1], r[2]}).toList();
        batch.batchUpdate("INSERT INTO itembank_package_entry (package_id, kind, entry_id, version, inserted)"
                + " VALUES (?, ?, ?, ?, ?)", rows);
    }

    /**
     * Entries of the package whose bank rows a package brought and no other package with one of {@code live}
     * statuses still holds.
     */
    List<UUID> orphans(UUID packageId, String kind, Collection<PackageRecord.Status> live) {
        return jdbc.sql("SELECT e.entry_id FROM itembank_package_entry e WHERE e.package_id = :p AND e.kind = :kind"
                        + " AND EXISTS (SELECT 1 FROM itembank_package_entry b WHERE b.kind = e.kind"
                        + "   AND b.entry_id = e.entry_id AND b.inserted)"
                        + " AND NOT EXISTS (SELECT 1 FROM itembank_package_entry o JOIN itembank_package p"
                        + "   ON p.side = 'IMPORTED' AND p.id = o.package_id WHERE o.kind = e.kind"
                        + "   AND o.entry_id = e.entry_id AND o.package_id <> e.package_id AND p.status IN (:live))")
                .param("p", packageId).param("kind", kind).param("live", live.stream().map(Enum::name).toList())
                .query(UUID.class).list();
    }

    int retire(String kind, Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        String table = "ITEM".equals(kind) ? "itembank_item" : "itembank_case";
        return jdbc.sql("UPDATE " + table + " SET status = 'RETIRED', updated_at = :at WHERE id IN (:ids)"
                        + " AND status = 'APPROVED'")
                .param("at", Timestamp.from(now)).param("ids", List.copyOf(ids)).update();
    }

    /** Replaces the content of every version of these rows by an empty value: the text and keys are gone. */
    void wipe(String kind, Collection<UUID> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        boolean item = "ITEM".equals(kind);
        byte[] empty = item ? ContentCodec.write(new ItemContent(null, List.of(), -1))
                : ContentCodec.write(new CaseContent(null, List.of()));
        String table = item ? "itembank_item" : "itembank_case";
        String versions = item ? "itembank_item_version" : "itembank_case_version";
        String owner = item ? "item_id" : "case_id";
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> versionRows = new ArrayList<>();
        Timestamp at = Timestamp.from(now);
        for (UUID id : ids) {
            BankCipher.Sealed sealed = cipher.seal(id, empty);
            rows.add(new Object[]{sealed.keyId(), sealed.bytes(), at, id});
            versionRows.add(new Object[]{sealed.keyId(), sealed.bytes(), id});
        }
        batch.batchUpdate("UPDATE " + table + " SET status = 'RETIRED', key_id = ?, content = ?, updated_at = ?"
                + " WHERE id = ?", rows);
        batch.batchUpdate("UPDATE " + versions + " SET key_id = ?, content = ? WHERE " + owner + " = ?", versionRows);
    }

    private byte[] open(UUID id, ResultSet rs) throws SQLException {
        return cipher.open(id, new BankCipher.Sealed(rs.getString("key_id"), rs.getBytes("content")));
    }

    private static PackageRecord record(ResultSet rs, int row) throws SQLException {
        PackageManifest manifest = JSON.readValue(rs.getString("manifest_text"), PackageManifest.class);
        return new PackageRecord(PackageRecord.Side.valueOf(rs.getString("side")), rs.getObject("id", UUID.class),
                rs.getString("line"), rs.getInt("version"), PackageRecord.Status.valueOf(rs.getString("status")),
                manifest.services(), rs.getInt("items"), rs.getInt("cases"), rs.getInt("inserted_items"),
                rs.getInt("inserted_cases"), instant(rs, "not_before"), instant(rs, "not_after"), rs.getString("signer"),
                rs.getString("file_sha256"), rs.getBoolean("file_kept"), rs.getString("recorded_by"),
                instant(rs, "recorded_at"), rs.getObject("superseded_by", UUID.class), rs.getString("withdrawn_by"),
                instant(rs, "withdrawn_at"), rs.getString("withdrawal_reason"), rs.getString("destroyed_by"),
                instant(rs, "destroyed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static List<String> split(String line) {
        return Arrays.asList(line.split("\\+"));
    }
}
