package kz.attest.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Accepts notices. A notice is stored in the caller's transaction, together with the state change it reports (the
 * outbox), and delivered after commit by the dispatcher with retries, so none is lost.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the notice for every channel it names; must run inside the transaction of the change it reports. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long notify(Notice notice) {
        Instant now = Instant.now(clock);
        long id = jdbc.sql("""
                        INSERT INTO notification_notice (recipient_account_id, template, parameters, subject_type, subject_id, created_at)
                        VALUES (:recipient, :template, CAST(:parameters AS jsonb), :subjectType, :subjectId, :createdAt)
                        RETURNING id""")
                .param("recipient", notice.recipientAccountId())
                .param("template", notice.template())
                .param("parameters", NoticeParameters.toJson(notice.parameters()))
                .param("subjectType", notice.subjectType())
                .param("subjectId", notice.subjectId())
                .param("createdAt", java.sql.Timestamp.from(now))
                .query(Long.class).single();
        for (Channel channel : notice.channels()) {
            jdbc.sql("""
                            INSERT INTO notification_delivery (notice_id, channel, status, attempts, next_attempt_at)
                            VALUES (?, ?, 'PENDING', 0, ?)""")
                    .params(id, channel.name(), java.sql.Timestamp.from(now))
                    .update();
        }
        return id;
    }
}
