package kz.attest.notification;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The outbox rows: claiming due deliveries, storing their outcome, and reading notices and deliveries back. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeDeliveryRows {

    private final JdbcClient jdbc;

    /**
     * Locks due deliveries (skipping those another node holds) and hides them for the lease, so the caller may send
     * them after its short transaction has committed. Must run in a transaction.
     *
     * @param noticeId only this notice's deliveries, or {@code null} for any
     */
    List<NoticeDelivery> claimDue(Set<Channel> channels, Instant now, int limit, Instant leaseEnd, Long noticeId) {
        List<NoticeDelivery> claimed = jdbc.sql("""
                        SELECT d.id, d.notice_id, d.channel, d.attempts, n.recipient_account_id, n.template,
                               n.parameters::text AS parameters
                        FROM notification_delivery d JOIN notification_notice n ON n.id = d.notice_id
                        WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now AND d.channel IN (:channels)
                          AND (CAST(:noticeId AS BIGINT) IS NULL OR d.notice_id = :noticeId)
                        ORDER BY d.next_attempt_at
                        LIMIT :limit
                        FOR UPDATE OF d SKIP LOCKED""")
                .param("now", Timestamp.from(now))
                .param("channels", channels.stream().map(Channel::name).toList())
                .param("noticeId", noticeId)
                .param("limit", limit)
                .query(this::delivery).list();
        if (!claimed.isEmpty()) {
            jdbc.sql("UPDATE notification_delivery SET next_attempt_at = :leaseEnd WHERE id IN (:ids)")
                    .param("leaseEnd", Timestamp.from(leaseEnd))
                    .param("ids", claimed.stream().map(NoticeDelivery::id).toList())
                    .update();
        }
        return claimed;
    }

    void store(NoticeDelivery delivery) {
        jdbc.sql("""
                        UPDATE notification_delivery
                        SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, sent_at = ?
                        WHERE id = ?""")
                .params(delivery.status().name(), delivery.attempts(), timestamp(delivery.nextAttemptAt()),
                        delivery.lastError(), timestamp(delivery.sentAt()), delivery.id())
                .update();
    }

    /** How many of the person's notices are not read yet (all of them, not only the cabinet's latest page). */
    long unreadCount(long accountId) {
        return jdbc.sql("SELECT count(*) FROM notification_notice WHERE recipient_account_id = ? AND read_at IS NULL")
                .param(accountId).query(Long.class).single();
    }

    List<NoticeRow> noticesOf(long accountId, int limit) {
        return jdbc.sql("""
                        SELECT id, template, parameters::text AS parameters, subject_type, subject_id, created_at, read_at
                        FROM notification_notice WHERE recipient_account_id = ?
                        ORDER BY created_at DESC, id DESC LIMIT ?""")
                .params(accountId, limit)
                .query((rs, n) -> new NoticeRow(rs.getLong("id"), rs.getString("template"),
                        rs.getString("parameters"), rs.getString("subject_type"), rs.getString("subject_id"),
                        rs.getTimestamp("created_at").toInstant(), instant(rs, "read_at")))
                .list();
    }

    /** Marks the notice read if it is the account's; false when the account has no such notice. */
    boolean markRead(long accountId, long noticeId, Instant now) {
        return jdbc.sql("""
                        UPDATE notification_notice SET read_at = COALESCE(read_at, ?)
                        WHERE id = ? AND recipient_account_id = ?""")
                .params(Timestamp.from(now), noticeId, accountId)
                .update() == 1;
    }

    List<NoticeDeliveryView> deliveriesOf(String subjectType, String subjectId) {
        return jdbc.sql("""
                        SELECT n.id AS notice_id, n.recipient_account_id, n.template, n.created_at, d.channel, d.status,
                               d.attempts, d.last_error, d.next_attempt_at, d.sent_at
                        FROM notification_notice n JOIN notification_delivery d ON d.notice_id = n.id
                        WHERE n.subject_type = ? AND n.subject_id = ?
                        ORDER BY n.created_at, n.id, d.channel""")
                .params(subjectType, subjectId)
                .query((rs, n) -> view(rs))
                .list();
    }

    /** Per channel: pending and failed deliveries and the oldest pending notice's time. */
    List<ChannelHealth.Backlog> backlog() {
        return jdbc.sql("""
                        SELECT d.channel,
                               COUNT(*) FILTER (WHERE d.status = 'PENDING') AS pending,
                               COUNT(*) FILTER (WHERE d.status = 'FAILED') AS failed,
                               MIN(n.created_at) FILTER (WHERE d.status = 'PENDING') AS oldest_pending
                        FROM notification_delivery d JOIN notification_notice n ON n.id = d.notice_id
                        WHERE d.status IN ('PENDING', 'FAILED')
                        GROUP BY d.channel""")
                .query((rs, n) -> new ChannelHealth.Backlog(Channel.valueOf(rs.getString("channel")),
                        rs.getLong("pending"), rs.getLong("failed"), instant(rs, "oldest_pending")))
                .list();
    }

    /**
     * The newest deliveries of every notice, whichever module sent it, newest first: all of them ({@code scope} null),
     * or those of notices about the organisation or addressed to one of its staff.
     */
    List<NoticeDeliveryView> recentDeliveries(Scope scope, NoticeDeliveryStatus status, int limit) {
        return jdbc.sql("""
                        SELECT n.id AS notice_id, n.recipient_account_id, n.template, n.created_at, d.channel, d.status,
                               d.attempts, d.last_error, d.next_attempt_at, d.sent_at
                        FROM notification_notice n JOIN notification_delivery d ON d.notice_id = n.id
                        WHERE (CAST(:all AS BOOLEAN)
                               OR n.organisation_id = :organisation OR n.recipient_account_id IN (:staff))
                          AND (CAST(:status AS TEXT) IS NULL OR d.status = :status)
                        ORDER BY n.created_at DESC, n.id DESC, d.channel
                        LIMIT :limit""")
                .param("all", scope == null)
                .param("organisation", scope == null ? "" : scope.organisationId())
                .param("staff", scope == null || scope.staff().isEmpty() ? List.of(-1L) : scope.staff())
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .query((rs, n) -> view(rs))
                .list();
    }

    /** Whose notices a staff member sees: the organisation's, and those addressed to its staff. */
    /** Stores a notice and one pending delivery per channel it names; the notice's id. */
    long insert(Notice notice, Instant now) {
        long id = jdbc.sql("""
                        INSERT INTO notification_notice (recipient_account_id, template, parameters, subject_type,
                                                         subject_id, created_at, organisation_id)
                        VALUES (:recipient, :template, CAST(:parameters AS jsonb), :subjectType, :subjectId, :createdAt,
                                :organisation)
                        RETURNING id""")
                .param("recipient", notice.recipientAccountId())
                .param("template", notice.template())
                .param("parameters", NoticeParameters.toJson(notice.parameters()))
                .param("subjectType", notice.subjectType())
                .param("subjectId", notice.subjectId())
                .param("createdAt", timestamp(now))
                .param("organisation", notice.organisationId())
                .query(Long.class).single();
        for (Channel channel : notice.channels()) {
            jdbc.sql("""
                            INSERT INTO notification_delivery (notice_id, channel, status, attempts, next_attempt_at)
                            VALUES (?, ?, 'PENDING', 0, ?)""")
                    .params(id, channel.name(), timestamp(now))
                    .update();
        }
        return id;
    }

    /** A notice's template and parameters, to render its subject in a reader's language. */
    record NoticeText(long id, String template, String parametersJson) {
    }

    /** The notices about a thing, oldest first. */
    List<NoticeText> textsAbout(String subjectType, String subjectId) {
        return jdbc.sql("""
                        SELECT id, template, parameters::text AS parameters FROM notification_notice
                        WHERE subject_type = ? AND subject_id = ? ORDER BY created_at, id""")
                .params(subjectType, subjectId)
                .query(NoticeDeliveryRows::noticeText).list();
    }

    /** The given notices (unknown ids are left out). */
    List<NoticeText> texts(java.util.Collection<Long> noticeIds) {
        return jdbc.sql("""
                        SELECT id, template, parameters::text AS parameters FROM notification_notice
                        WHERE id IN (:ids)""")
                .param("ids", List.copyOf(new java.util.LinkedHashSet<>(noticeIds)))
                .query(NoticeDeliveryRows::noticeText).list();
    }

    private static NoticeText noticeText(ResultSet rs, int row) throws SQLException {
        return new NoticeText(rs.getLong("id"), rs.getString("template"), rs.getString("parameters"));
    }

    record Scope(String organisationId, List<Long> staff) {
    }

    private NoticeDelivery delivery(ResultSet rs, int row) throws SQLException {
        return new NoticeDelivery(rs.getLong("id"), rs.getLong("notice_id"), Channel.valueOf(rs.getString("channel")),
                rs.getLong("recipient_account_id"), rs.getString("template"),
                NoticeParameters.fromJson(rs.getString("parameters")), rs.getInt("attempts"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** A stored notice as read for the cabinet. */
    record NoticeRow(long id, String template, String parametersJson, String subjectType, String subjectId,
                     Instant createdAt, Instant readAt) {
    }

    /** A row of {@code notification_notice n JOIN notification_delivery d} as the deliveries' view. */
    private static NoticeDeliveryView view(ResultSet rs) throws SQLException {
        return new NoticeDeliveryView(rs.getLong("notice_id"), rs.getLong("recipient_account_id"),
                rs.getString("template"), rs.getTimestamp("created_at").toInstant(),
                Channel.valueOf(rs.getString("channel")), NoticeDeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "next_attempt_at"),
                instant(rs, "sent_at"));
    }
}
