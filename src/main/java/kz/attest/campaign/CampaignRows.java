package kz.attest.campaign;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores the register of experts, campaigns, their days and participants ({@code campaign_*} tables). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CampaignRows {

    private static final String EXPERT = """
            SELECT id, provider_id, iin, surname, given_name, patronymic, kind, specialty, activity_start, last_attestation
            FROM campaign_expert""";

    private final JdbcClient jdbc;

    long insertExpert(String providerId, NewExpert expert, Instant now) {
        return jdbc.sql("""
                        INSERT INTO campaign_expert (provider_id, iin, surname, given_name, patronymic, kind, specialty,
                            activity_start, last_attestation, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(providerId, expert.iin(), expert.surname(), expert.givenName(), expert.patronymic(),
                        expert.kind().name(), expert.specialty(), Date.valueOf(expert.activityStart()),
                        date(expert.lastAttestation()), Timestamp.from(now))
                .query(Long.class).single();
    }

    boolean expertExists(String iin) {
        return jdbc.sql("SELECT count(*) FROM campaign_expert WHERE iin = ?").param(iin).query(Long.class).single() > 0;
    }

    Optional<Expert> expert(long id) {
        return jdbc.sql(EXPERT + " WHERE id = ?").param(id).query(this::mapExpert).optional();
    }

    List<Expert> experts(String providerId) {
        return jdbc.sql(EXPERT + " WHERE provider_id = ? ORDER BY surname, given_name, id").param(providerId)
                .query(this::mapExpert).list();
    }

    long insertCampaign(String providerId, NewCampaign campaign, String actor, Instant now) {
        return jdbc.sql("""
                        INSERT INTO campaign (provider_id, kind, title, decided_by, basis, status, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?) RETURNING id""")
                .params(providerId, campaign.kind().name(), campaign.title(),
                        campaign.decidedBy() == null ? null : campaign.decidedBy().name(), campaign.basis(), actor,
                        Timestamp.from(now))
                .query(Long.class).single();
    }

    void insertDay(long campaignId, ExamDay day) {
        jdbc.sql("INSERT INTO campaign_day (campaign_id, exam_date, submission_date) VALUES (?, ?, ?)")
                .params(campaignId, Date.valueOf(day.examDate()), Date.valueOf(day.submissionDate())).update();
    }

    void insertParticipant(long campaignId, long expertId, LocalDate examDate) {
        jdbc.sql("INSERT INTO campaign_participant (campaign_id, expert_id, exam_date) VALUES (?, ?, ?)")
                .params(campaignId, expertId, Date.valueOf(examDate)).update();
    }

    void markNotified(long campaignId, long expertId, Long accountId) {
        jdbc.sql("""
                        UPDATE campaign_participant SET account_id = ?, notified = ?
                        WHERE campaign_id = ? AND expert_id = ?""")
                .params(accountId, accountId != null, campaignId, expertId).update();
    }

    /** Marks the campaign announced unless it already is; false when another request announced it first. */
    boolean announce(long campaignId, String actor, Instant now) {
        return jdbc.sql("""
                        UPDATE campaign SET status = 'ANNOUNCED', announced_by = ?, announced_at = ?
                        WHERE id = ? AND status = 'DRAFT'""")
                .params(actor, Timestamp.from(now), campaignId).update() == 1;
    }

    List<Long> campaignIds(String providerId) {
        return jdbc.sql("SELECT id FROM campaign WHERE provider_id = ? ORDER BY id DESC").param(providerId)
                .query(Long.class).list();
    }

    Optional<CampaignView> campaign(long id) {
        List<ExamDay> days = jdbc.sql("""
                        SELECT exam_date, submission_date FROM campaign_day WHERE campaign_id = ? ORDER BY exam_date""")
                .param(id)
                .query((rs, n) -> new ExamDay(rs.getDate("exam_date").toLocalDate(),
                        rs.getDate("submission_date").toLocalDate()))
                .list();
        List<CampaignView.Participant> participants = jdbc.sql("""
                        SELECT e.id, e.iin, e.surname, e.given_name, e.patronymic, e.kind, p.exam_date, d.submission_date,
                               p.account_id, p.notified
                        FROM campaign_participant p JOIN campaign_expert e ON e.id = p.expert_id
                        JOIN campaign_day d ON d.campaign_id = p.campaign_id AND d.exam_date = p.exam_date
                        WHERE p.campaign_id = ? ORDER BY p.exam_date, e.surname, e.given_name, e.id""")
                .param(id)
                .query((rs, n) -> new CampaignView.Participant(rs.getLong("id"), rs.getString("iin"),
                        (rs.getString("surname") + " " + rs.getString("given_name") + " "
                                + (rs.getString("patronymic") == null ? "" : rs.getString("patronymic"))).strip(),
                        ExpertKind.valueOf(rs.getString("kind")), rs.getDate("exam_date").toLocalDate(),
                        rs.getDate("submission_date").toLocalDate(), rs.getObject("account_id") != null,
                        rs.getBoolean("notified")))
                .list();
        return jdbc.sql("""
                        SELECT id, provider_id, kind, title, decided_by, basis, status, created_by, created_at,
                               announced_by, announced_at
                        FROM campaign WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new CampaignView(rs.getLong("id"), rs.getString("provider_id"),
                        CampaignKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getString("decided_by") == null ? null : ExtraordinaryDecider.valueOf(rs.getString("decided_by")),
                        rs.getString("basis"), CampaignStatus.valueOf(rs.getString("status")),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("announced_by"),
                        rs.getTimestamp("announced_at") == null ? null : rs.getTimestamp("announced_at").toInstant(),
                        days, participants))
                .optional();
    }

    private Expert mapExpert(ResultSet rs, int row) throws SQLException {
        return new Expert(rs.getLong("id"), rs.getString("provider_id"), rs.getString("iin"), rs.getString("surname"),
                rs.getString("given_name"), rs.getString("patronymic"), ExpertKind.valueOf(rs.getString("kind")),
                rs.getString("specialty"), rs.getDate("activity_start").toLocalDate(),
                rs.getDate("last_attestation") == null ? null : rs.getDate("last_attestation").toLocalDate());
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
