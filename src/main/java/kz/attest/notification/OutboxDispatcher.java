package kz.attest.notification;

import kz.attest.audit.AuditLog;
import kz.attest.identity.Accounts;
import kz.attest.identity.ContactDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Sends what the outbox holds. Each run claims due deliveries in one short transaction ({@code FOR UPDATE SKIP
 * LOCKED}, so several nodes share the work), sends them with no transaction open, and stores each outcome in its own
 * short transaction: sent, retried later with back-off, failed after the last attempt, or skipped for want of an
 * address.
 */
@Component
class OutboxDispatcher {

    static final String ENTITY = "NotificationDelivery";
    private static final int MAX_ERROR_LENGTH = 500;
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final NoticeDeliveryRows rows;
    private final NoticeTemplates templates;
    private final Accounts accounts;
    private final Transports transports;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final NotificationProperties properties;
    private final RetryPolicy retryPolicy;

    OutboxDispatcher(NoticeDeliveryRows rows, NoticeTemplates templates, Accounts accounts, Transports transports,
                     AuditLog auditLog, PlatformTransactionManager transactionManager, Clock clock,
                     NotificationProperties properties) {
        this.rows = rows;
        this.templates = templates;
        this.accounts = accounts;
        this.transports = transports;
        this.auditLog = auditLog;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.properties = properties;
        this.retryPolicy = properties.retry().policy();
    }

    /** One run: claims and sends every due delivery this node has a transport for; returns how many it handled. */
    int dispatchDue() {
        return dispatch(null);
    }

    /** The same, limited to one notice's deliveries (tests; an officer's "send now"). */
    int dispatchDueOf(long noticeId) {
        return dispatch(noticeId);
    }

    private int dispatch(Long noticeId) {
        Instant now = clock.instant();
        List<NoticeDelivery> claimed = transactions.execute(status -> rows.claimDue(transports.channels(), now,
                properties.batchSize(), now.plus(properties.lease()), noticeId));
        for (NoticeDelivery delivery : claimed) {
            attempt(delivery);
            transactions.executeWithoutResult(status -> store(delivery));
        }
        return claimed.size();
    }

    private void attempt(NoticeDelivery delivery) {
        if (delivery.channel() == Channel.CABINET) {
            delivery.sent(clock.instant()); // the cabinet reads the notice table itself
            return;
        }
        Optional<ContactDetails> contacts = accounts.contacts(delivery.recipientAccountId());
        if (contacts.isEmpty()) {
            delivery.skipped("no such account");
            return;
        }
        Optional<String> address = delivery.channel() == Channel.EMAIL
                ? contacts.get().emailAddress() : contacts.get().mobilePhone();
        if (address.isEmpty()) {
            delivery.skipped(delivery.channel() == Channel.EMAIL ? "no e-mail address" : "no phone number");
            return;
        }
        RenderedNotice text = templates.render(delivery.template(), delivery.parameters(), contacts.get().language());
        try {
            switch (delivery.channel()) {
                case EMAIL -> transports.email().orElseThrow().send(address.get(), text.subject(), text.body());
                case SMS -> transports.sms().orElseThrow().send(address.get(), text.sms());
                default -> throw new IllegalStateException("unexpected channel " + delivery.channel());
            }
            delivery.sent(clock.instant());
        } catch (RuntimeException e) {
            // a transport failure is recorded on the delivery and retried with back-off, not lost
            log.warn("NoticeDelivery {} by {} failed: {}", delivery.id(), delivery.channel(), e.getMessage());
            delivery.failed(shorten(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    clock.instant(), retryPolicy);
        }
    }

    private void store(NoticeDelivery delivery) {
        rows.store(delivery);
        if (delivery.status() != NoticeDeliveryStatus.PENDING) {
            auditLog.record("system", "notification.delivery-" + delivery.status().name().toLowerCase(), ENTITY,
                    Long.toString(delivery.id()), "notice " + delivery.noticeId() + " by " + delivery.channel()
                            + " after " + delivery.attempts() + " attempt(s)"
                            + (delivery.lastError() == null ? "" : ": " + delivery.lastError()));
        }
    }

    private static String shorten(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
