package kz.attest.notification;

import kz.attest.audit.AuditLog;
import kz.attest.web.SupportedLocales;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Notifications {

    static final String ENTITY = "Notice";
    static final int CABINET_LIMIT = 200;

    private final Clock clock;
    private final NoticeDeliveryRows rows;
    private final NoticeTemplates templates;
    private final AuditLog auditLog;

    /** Stores the notice for every channel it names; must run inside the transaction of the change it reports. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long notify(Notice notice) {
        return rows.insert(notice, Instant.now(clock));
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
            throw new NotificationRefusal(NotificationRefusal.Kind.NOT_FOUND, "notification.notice.not-found");
        }
        auditLog.record("notification.notice-read", ENTITY, Long.toString(noticeId),
                "read by account " + accountId);
    }

    /** How every notice about a thing went, per channel, for the officers handling it. */
    @Transactional(readOnly = true)
    public List<NoticeDeliveryView> deliveriesOf(String subjectType, String subjectId) {
        return rows.deliveriesOf(subjectType, subjectId);
    }
}
