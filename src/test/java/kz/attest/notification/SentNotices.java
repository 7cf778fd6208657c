package kz.attest.notification;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** What the outbox holds about one subject (an application, an appeal, …), for the tests of the modules that notify. */
public final class SentNotices {

    private SentNotices() {
    }

    /** The templates of the notices about the subject, in the order they were made. */
    public static List<String> templates(JdbcClient jdbc, String subjectType, long subjectId) {
        return jdbc.sql("SELECT template FROM notification_notice WHERE subject_type = ? AND subject_id = ? ORDER BY id")
                .params(subjectType, Long.toString(subjectId)).query(String.class).list();
    }

    /** The channels the notices of one template about the subject go out on. */
    public static List<String> channels(JdbcClient jdbc, String subjectType, long subjectId, String template) {
        return jdbc.sql("""
                        SELECT d.channel FROM notification_delivery d JOIN notification_notice n ON n.id = d.notice_id
                        WHERE n.subject_type = ? AND n.subject_id = ? AND n.template = ?""")
                .params(subjectType, Long.toString(subjectId), template).query(String.class).list();
    }
}
