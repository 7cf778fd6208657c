package kz.attest.application;

import kz.attest.catalogue.ServiceCode;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores drafts in {@code application_draft} and their documents in {@code application_document}. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DraftRows {

    private static final String SELECT = """
            SELECT id, account_id, applicant_iin, service_code, provider_id, specialties, declarations, consent,
                   created_at, updated_at, application_id
            FROM application_draft""";

    private final JdbcClient jdbc;

    void insert(Draft draft) {
        jdbc.sql("""
                        INSERT INTO application_draft (id, account_id, applicant_iin, service_code, provider_id,
                            specialties, declarations, consent, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(draft.id(), draft.accountId(), draft.applicantIin(), draft.service().value(),
                        draft.providerId(), join(draft.specialties()), joinDeclarations(draft.declarations()),
                        draft.consent(), Timestamp.from(draft.createdAt()), Timestamp.from(draft.updatedAt()))
                .update();
    }

    void update(Draft draft) {
        jdbc.sql("""
                        UPDATE application_draft SET specialties = ?, declarations = ?, consent = ?, updated_at = ?,
                            application_id = ? WHERE id = ?""")
                .params(join(draft.specialties()), joinDeclarations(draft.declarations()), draft.consent(),
                        Timestamp.from(draft.updatedAt()), draft.applicationId(), draft.id())
                .update();
    }

    /** The draft, locked for the rest of the transaction so a double click waits for the first submission. */
    Optional<Draft> findForUpdate(UUID id) {
        return find(id, " FOR UPDATE");
    }

    Optional<Draft> find(UUID id) {
        return find(id, "");
    }

    private Optional<Draft> find(UUID id, String lock) {
        return jdbc.sql(SELECT + " WHERE id = ?" + lock).param(id).query(this::map).optional();
    }

    /** The applicant's drafts not yet submitted, newest first. */
    List<Draft> openDraftsOf(long accountId) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND application_id IS NULL ORDER BY updated_at DESC")
                .param(accountId).query(this::map).list();
    }

    void insertDocument(UUID draftId, AttachedDocument document, byte[] content) {
        jdbc.sql("""
                        INSERT INTO application_document (id, draft_id, type_code, file_name, content_type, size_bytes,
                            sha256, content, uploaded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(document.id(), draftId, document.typeCode(), document.fileName(), document.contentType(),
                        document.size(), document.sha256(), content, Timestamp.from(document.uploadedAt()))
                .update();
    }

    /** Deletes the draft's documents no longer attached (replaced by a newer one of the same type, or removed). */
    void deleteDocumentsNotIn(Draft draft) {
        List<UUID> kept = draft.documents().stream().map(AttachedDocument::id).toList();
        if (kept.isEmpty()) {
            jdbc.sql("DELETE FROM application_document WHERE draft_id = ?").param(draft.id()).update();
        } else {
            jdbc.sql("DELETE FROM application_document WHERE draft_id = :draft AND id NOT IN (:kept)")
                    .param("draft", draft.id()).param("kept", kept).update();
        }
    }

    /** A document's bytes with its name and type. */
    Optional<StoredFile> content(UUID draftId, UUID documentId) {
        return jdbc.sql("SELECT file_name, content_type, content FROM application_document WHERE draft_id = ? AND id = ?")
                .params(draftId, documentId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    private List<AttachedDocument> documents(UUID draftId) {
        return jdbc.sql("""
                        SELECT id, type_code, file_name, content_type, size_bytes, sha256, uploaded_at
                        FROM application_document WHERE draft_id = ? ORDER BY type_code""")
                .param(draftId)
                .query((rs, n) -> new AttachedDocument(rs.getObject("id", UUID.class), rs.getString("type_code"),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    private Draft map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Long applicationId = rs.getObject("application_id", Long.class);
        return new Draft(id, rs.getLong("account_id"), rs.getString("applicant_iin"),
                ServiceCode.of(rs.getString("service_code")), rs.getString("provider_id"),
                split(rs.getString("specialties")), declarations(rs.getString("declarations")), rs.getBoolean("consent"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                applicationId, documents(id));
    }

    private static String join(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(","));
    }

    private static String joinDeclarations(Set<Declaration> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<String> split(String value) {
        return value == null || value.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(value.split(",")));
    }

    private static Set<Declaration> declarations(String value) {
        Set<Declaration> result = EnumSet.noneOf(Declaration.class);
        split(value).forEach(name -> result.add(Declaration.valueOf(name)));
        return result;
    }

    /** A stored file for download. */
    record StoredFile(String fileName, String contentType, byte[] content) {
    }
}
