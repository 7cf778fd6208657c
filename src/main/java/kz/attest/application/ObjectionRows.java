package kz.attest.application;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores objections in {@code application_objection} and their files in {@code application_objection_file}. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ObjectionRows {

    private final JdbcClient jdbc;

    long insert(long applicationId, String text, String actor, java.time.Instant at, java.time.LocalDate due) {
        return jdbc.sql("""
                        INSERT INTO application_objection (application_id, text, submitted_by, submitted_at, due_date)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(applicationId, text, actor, Timestamp.from(at), Date.valueOf(due))
                .query(Long.class).single();
    }

    void insertFile(long objectionId, Objection.File file, byte[] content) {
        jdbc.sql("""
                        INSERT INTO application_objection_file (id, objection_id, file_name, content_type, size_bytes,
                            sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(file.id(), objectionId, file.fileName(), file.contentType(), file.size(), file.sha256(), content)
                .update();
    }

    List<Objection> ofApplication(long applicationId) {
        return jdbc.sql("""
                        SELECT id, application_id, text, submitted_by, submitted_at, due_date FROM application_objection
                        WHERE application_id = ? ORDER BY id""")
                .param(applicationId)
                .query((rs, n) -> new Objection(rs.getLong("id"), rs.getLong("application_id"), rs.getString("text"),
                        rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getDate("due_date").toLocalDate(), files(rs.getLong("id"))))
                .list();
    }

    Optional<Applications.DocumentFile> content(long applicationId, UUID fileId) {
        return jdbc.sql("""
                        SELECT f.file_name, f.content_type, f.content FROM application_objection_file f
                        JOIN application_objection o ON o.id = f.objection_id
                        WHERE o.application_id = ? AND f.id = ?""")
                .params(applicationId, fileId)
                .query((rs, n) -> new Applications.DocumentFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    private List<Objection.File> files(long objectionId) {
        return jdbc.sql("""
                        SELECT id, file_name, content_type, size_bytes, sha256 FROM application_objection_file
                        WHERE objection_id = ? ORDER BY file_name, id""")
                .param(objectionId)
                .query((rs, n) -> new Objection.File(rs.getObject("id", UUID.class), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256")))
                .list();
    }
}
