package kz.attest.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** The outbox's notices about a subject (an application, an appeal …) as the tests check them. */
public final class Notices {

    private Notices() {
    }

    /** The templates of the notices about the subject, in the order they were written. */
    public static List<String> templatesOf(JdbcClient jdbc, String subjectType, long subjectId) {
        return jdbc.sql("SELECT template FROM notification_notice WHERE subject_type = ? AND subject_id = ? ORDER BY id")
                .params(subjectType, Long.toString(subjectId)).query(String.class).list();
    }

    /** The channels a notice of the template about the subject goes out on. */
    public static List<String> channelsOf(JdbcClient jdbc, String subjectType, long subjectId, String template) {
        return jdbc.sql("""
                        SELECT d.channel FROM notification_delivery d JOIN notification_notice n ON n.id = d.notice_id
                        WHERE n.subject_type = ? AND n.subject_id = ? AND n.template = ?""")
                .params(subjectType, Long.toString(subjectId), template).query(String.class).list();
    }
}
