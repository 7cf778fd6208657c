package kz.attest.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The subjects of the notices about a thing, in the reader's language, by notice id: what the officers' delivery table
 * shows instead of the template's key (issue 14).
 */
@Component
public class NoticeSubjects {

    private final JdbcClient jdbc;
    private final NoticeTemplates templates;

    NoticeSubjects(JdbcClient jdbc, NoticeTemplates templates) {
        this.jdbc = jdbc;
        this.templates = templates;
    }

    @Transactional(readOnly = true)
    public Map<Long, String> about(String subjectType, String subjectId, Locale language) {
        Map<Long, String> subjects = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT id, template, parameters::text AS parameters FROM notification_notice
                        WHERE subject_type = ? AND subject_id = ? ORDER BY created_at, id""")
                .params(subjectType, subjectId)
                .query((rs, n) -> Map.entry(rs.getLong("id"), templates.render(rs.getString("template"),
                        NoticeParameters.fromJson(rs.getString("parameters")), language).subject()))
                .list().forEach(entry -> subjects.put(entry.getKey(), entry.getValue()));
        return subjects;
    }

    /** The subjects of the given notices, by id, in the reader's language. */
    @Transactional(readOnly = true)
    public Map<Long, String> of(java.util.Collection<Long> noticeIds, Locale language) {
        Map<Long, String> subjects = new LinkedHashMap<>();
        if (noticeIds.isEmpty()) {
            return subjects;
        }
        jdbc.sql("SELECT id, template, parameters::text AS parameters FROM notification_notice WHERE id IN (:ids)")
                .param("ids", java.util.List.copyOf(new java.util.LinkedHashSet<>(noticeIds)))
                .query((rs, n) -> Map.entry(rs.getLong("id"), templates.render(rs.getString("template"),
                        NoticeParameters.fromJson(rs.getString("parameters")), language).subject()))
                .list().forEach(entry -> subjects.put(entry.getKey(), entry.getValue()));
        return subjects;
    }
}
