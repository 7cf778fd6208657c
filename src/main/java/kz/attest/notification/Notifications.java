package kz.attest.notification;

import kz.attest.audit.AuditLog;
import kz.attest.web.SupportedLocales;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Accepts notices. A notice is stored in the caller's transaction, together with the state change it reports (the
 * outbox), and delivered after commit by the dispatcher with retries, so none is lost.
 */
@Service
public class Notifications {

    static final String ENTITY = "Notice";
    static final int CABINET_LIMIT = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DeliveryRows rows;
    private final NoticeTemplates templates;
    private final AuditLog auditLog;

    Notifications(JdbcClient jdbc, Clock clock, DeliveryRows rows, NoticeTemplates templates, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rows = rows;
        this.templates = templates;
        this.auditLog = auditLog;
    }

    /** Stores the notice for every channel it names; must run inside the transaction of the change it reports. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long notify(Notice notice) {
        Instant now = Instant.now(clock);
        long id = jdbc.sql("""
                        INSERT INTO notification_notice (recipient_account_id, template, parameters, subject_type, subject_id,
                                                         created_at, organisation_id)
                        VALUES (:recipient, :template, CAST(:parameters AS jsonb), :subjectType, :subjectId, :createdAt,
                                :organisation)
                        RETURNING id""")
                .param("recipient", notice.recipientAccountId())
                .param("template", notice.template())
                .param("parameters", NoticeParameters.toJson(notice.parameters()))
                .param("subjectType", notice.subjectType())
                .param("subjectId", notice.subjectId())
                .param("createdAt", java.sql.Timestamp.from(now))
                .param("organisation", notice.organisationId())
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

    /** How many of the person's notices are unread, counted now (the cabinet's notices count, issue 14). */
    @Transactional(readOnly = true)
    public long unreadCount(long accountId) {
        return rows.unreadCount(accountId);
    }

    /** A person's notices, newest first, in the reader's language (the cabinet's "My notices"). */
    @Transactional(readOnly = true)
    public List<NoticeView> noticesOf(long accountId, Locale language) {
        Locale locale = SupportedLocales.orDefault(language);
        return rows.noticesOf(accountId, CABINET_LIMIT).stream().map(row -> {
            RenderedNotice text = templates.render(row.template(), NoticeParameters.fromJson(row.parametersJson()),
                    locale);
            return new NoticeView(row.id(), row.template(), text.subject(), text.body(), row.createdAt(),
                    row.readAt() != null, row.subjectType(), row.subjectId());
        }).toList();
    }

    /** Marks one of the person's own notices read; another person's or an unknown notice is refused with 404. */
    @Transactional
    public void markRead(long accountId, long noticeId) {
        if (!rows.markRead(accountId, noticeId, Instant.now(clock))) {
            throw NotificationRefusal.notFound("notification.notice.not-found");
        }
        auditLog.record("notification.notice-read", ENTITY, Long.toString(noticeId),
                "read by account " + accountId);
    }

    /** How every notice about a thing went, per channel, for the officers handling it. */
    @Transactional(readOnly = true)
    public List<DeliveryView> deliveriesOf(String subjectType, String subjectId) {
        return rows.deliveriesOf(subjectType, subjectId);
    }
}
