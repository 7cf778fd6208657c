package kz.attest.decision;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The decisions' tables (V170). */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutcomeRows {

    private final JdbcClient jdbc;

    /**
     * The provider's next number of the year. The counter row stays locked until the transaction ends, so numbers are
     * handed out one transaction at a time and a rolled-back transaction gives its number back: no gaps, no repeats.
     */
    int nextSeq(String providerId, int year) {
        return jdbc.sql("""
                        INSERT INTO decision_outcome_counter (provider_id, year, last_number) VALUES (?, ?, 1)
                        ON CONFLICT (provider_id, year)
                        DO UPDATE SET last_number = decision_outcome_counter.last_number + 1
                        RETURNING last_number""")
                .params(providerId, year).query(Integer.class).single();
    }

    /** A new prepared decision. */
    void insert(UUID id, long applicationId, UUID sittingId, long accountId, String iin, String fullName,
                String providerId, String service, String form, String variant, boolean passed,
                List<String> specialties, int year, int seq, String number, LocalDate decidedOn,
                LocalDate validUntil, String language, byte[] pdf, byte[] docx, String preparedBy, Instant preparedAt,
                UUID supersedesId, String correctionReason) {
        jdbc.sql("""
                        INSERT INTO decision_outcome (id, application_id, sitting_id, account_id, applicant_iin, full_name,
                            provider_id, service, form, variant, passed, specialties, year, seq, number, status,
                            decided_on, valid_until, language, pdf, docx, prepared_by, prepared_at, supersedes_id,
                            correction_reason)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PREPARED', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, applicationId, sittingId, accountId, iin, fullName, providerId, service, form, variant,
                        passed, String.join(",", specialties), year, seq, number, decidedOn, validUntil, language, pdf,
                        docx, preparedBy, Timestamp.from(preparedAt), supersedesId, correctionReason)
                .update();
    }

    /** Draws a prepared decision up again (same number), e.g. after a re-score; bumps its version. */
    void redraw(UUID id, UUID sittingId, String variant, boolean passed, List<String> specialties,
                LocalDate decidedOn, LocalDate validUntil, byte[] pdf, byte[] docx, String preparedBy,
                Instant preparedAt) {
        jdbc.sql("""
                        UPDATE decision_outcome SET sitting_id = ?, variant = ?, passed = ?, specialties = ?,
                            decided_on = ?, valid_until = ?, pdf = ?, docx = ?, prepared_by = ?, prepared_at = ?,
                            code_hash = NULL, prepared_pdf = NULL, data_to_sign = NULL, version = version + 1
                        WHERE id = ? AND status = 'PREPARED'""")
                .params(sittingId, variant, passed, String.join(",", specialties), decidedOn, validUntil, pdf, docx,
                        preparedBy, Timestamp.from(preparedAt), id)
                .update();
    }

    /** Locks the row for this transaction (a second signer waits, then finds it signed). */
    Optional<Row> lock(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id).query(this::row).optional();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::row).optional();
    }

    /** The application's decisions, newest first. */
    List<Row> ofApplication(long applicationId) {
        return jdbc.sql(SELECT + " WHERE application_id = ? ORDER BY prepared_at DESC, seq DESC").param(applicationId)
                .query(this::row).list();
    }

    List<Row> ofAccount(long accountId) {
        return jdbc.sql(SELECT + " WHERE account_id = ? ORDER BY prepared_at DESC").param(accountId)
                .query(this::row).list();
    }

    /** The provider's decisions (all providers when {@code providerId} is null), newest first. */
    List<Row> ofProvider(String providerId, String status) {
        return jdbc.sql(SELECT + """
                         \sWHERE (CAST(:provider AS varchar) IS NULL OR provider_id = :provider)
                           AND (CAST(:status AS varchar) IS NULL OR status = :status)
                         ORDER BY year DESC, seq DESC""")
                .param("provider", providerId, java.sql.Types.VARCHAR).param("status", status, java.sql.Types.VARCHAR)
                .query(this::row).list();
    }

    /** The person's signed, passed decisions of the provider (neither superseded nor revoked). */
    List<Row> signedPassedOf(String iin, String providerId) {
        return jdbc.sql(SELECT + " WHERE applicant_iin = ? AND provider_id = ? AND passed AND status = 'SIGNED'")
                .params(iin, providerId).query(this::row).list();
    }

    /** The person's passed decisions of a form once signed (signed, superseded or revoked), newest first. */
    List<Row> issuedOf(String iin, String form) {
        return jdbc.sql(SELECT + """
                         \sWHERE applicant_iin = ? AND form = ? AND passed AND status IN ('SIGNED', 'SUPERSEDED', 'REVOKED')
                         ORDER BY decided_on DESC, signed_at DESC""")
                .params(iin, form).query(this::row).list();
    }

    Optional<Row> byNumber(String number) {
        return jdbc.sql(SELECT + " WHERE number = ?").param(number).query(this::row).optional();
    }

    Optional<Row> byCodeHash(String codeHash) {
        return jdbc.sql(SELECT + " WHERE code_hash = ?").param(codeHash).query(this::row).optional();
    }

    /** Signed decisions whose signed PDF has exactly this many bytes. */
    List<Row> signedOfLength(int length) {
        return jdbc.sql(SELECT + " WHERE signed_pdf IS NOT NULL AND octet_length(signed_pdf) = ? LIMIT 50")
                .param(length).query(this::row).list();
    }

    Optional<Row> bySignedSha(String sha256) {
        return jdbc.sql(SELECT + " WHERE signed_sha256 = ? ORDER BY signed_at LIMIT 1").param(sha256)
                .query(this::row).optional();
    }

    /** Marks the prepared decision signed; false when it is no longer the prepared version the signer saw. */
    boolean sign(UUID id, int version, LocalDate decidedOn, LocalDate validUntil, byte[] pdf, byte[] docx,
                 byte[] signedPdf, byte[] signature, String sha256, String codeHash, String signedBy, String signerName,
                 Instant signedAt) {
        return jdbc.sql("""
                        UPDATE decision_outcome SET status = 'SIGNED', decided_on = ?, valid_until = ?, pdf = ?, docx = ?,
                            signed_pdf = ?, signature = ?,
                            signed_sha256 = ?, code_hash = ?, signed_by = ?, signer_name = ?, signed_at = ?,
                            prepared_pdf = NULL, data_to_sign = NULL, version = version + 1
                        WHERE id = ? AND status = 'PREPARED' AND version = ?""")
                .params(decidedOn, validUntil, pdf, docx, signedPdf, signature, sha256, codeHash, signedBy, signerName,
                        Timestamp.from(signedAt), id, version)
                .update() == 1;
    }

    /** The document laid out for the signer's own key (step 1 of NCALayer signing); bumps the version. */
    void prepareSigning(UUID id, LocalDate decidedOn, LocalDate validUntil, byte[] pdf, byte[] docx, byte[] preparedPdf,
                        byte[] dataToSign, Instant signingTime, String codeHash) {
        jdbc.sql("""
                        UPDATE decision_outcome SET decided_on = ?, valid_until = ?, pdf = ?, docx = ?, prepared_pdf = ?,
                            data_to_sign = ?, signing_time = ?, code_hash = ?, version = version + 1
                        WHERE id = ? AND status = 'PREPARED'""")
                .params(decidedOn, validUntil, pdf, docx, preparedPdf, dataToSign, Timestamp.from(signingTime),
                        codeHash, id)
                .update();
    }

    /** Step 2: the signer's CMS embedded; false when another signer or a redraw came first. */
    boolean signPrepared(UUID id, int version, byte[] signedPdf, byte[] signature, String sha256, String signedBy,
                         String signerName, Instant signedAt) {
        return jdbc.sql("""
                        UPDATE decision_outcome SET status = 'SIGNED', signed_pdf = ?, signature = ?, signed_sha256 = ?,
                            signed_by = ?,
                            signer_name = ?, signed_at = ?, prepared_pdf = NULL, data_to_sign = NULL,
                            version = version + 1
                        WHERE id = ? AND status = 'PREPARED' AND version = ?""")
                .params(signedPdf, signature, sha256, signedBy, signerName, Timestamp.from(signedAt), id, version)
                .update() == 1;
    }

    boolean supersede(UUID id, UUID by) {
        return jdbc.sql("""
                        UPDATE decision_outcome SET status = 'SUPERSEDED', superseded_by_id = ?, version = version + 1
                        WHERE id = ? AND status = 'SIGNED'""").params(by, id).update() == 1;
    }

    boolean revoke(UUID id, String reason, Instant at) {
        return jdbc.sql("""
                        UPDATE decision_outcome SET status = 'REVOKED', revoked_reason = ?, revoked_at = ?,
                            version = version + 1
                        WHERE id = ? AND status = 'SIGNED'""").params(reason, Timestamp.from(at), id).update() == 1;
    }

    boolean isAuthorisedSigner(String providerId, String login) {
        return jdbc.sql("SELECT count(*) FROM decision_authorised_signer WHERE provider_id = ? AND login = ?")
                .params(providerId, login).query(Integer.class).single() > 0;
    }

    void authorise(String providerId, String login, String grantedBy, Instant at) {
        jdbc.sql("""
                        INSERT INTO decision_authorised_signer (provider_id, login, granted_by, granted_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT (provider_id, login) DO NOTHING""")
                .params(providerId, login, grantedBy, Timestamp.from(at)).update();
    }

    private static final String SELECT = "SELECT * FROM decision_outcome";

    private Row row(ResultSet rs, int n) throws SQLException {
        Timestamp signed = rs.getTimestamp("signed_at");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        String specialties = rs.getString("specialties");
        return new Row(rs.getObject("id", UUID.class), rs.getLong("application_id"),
                rs.getObject("sitting_id", UUID.class), rs.getLong("account_id"), rs.getString("applicant_iin"),
                rs.getString("full_name"), rs.getString("provider_id"), rs.getString("service"), rs.getString("form"),
                rs.getString("variant"), rs.getBoolean("passed"),
                specialties == null || specialties.isBlank() ? List.of() : Arrays.asList(specialties.split(",")),
                rs.getInt("year"), rs.getInt("seq"), rs.getString("number"), rs.getString("status"),
                rs.getObject("decided_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getString("language"), rs.getBytes("pdf"), rs.getBytes("docx"), rs.getBytes("signed_pdf"),
                rs.getBytes("signature"), rs.getString("prepared_by"), rs.getTimestamp("prepared_at").toInstant(),
                rs.getString("signed_by"), rs.getString("signer_name"), signed == null ? null : signed.toInstant(),
                rs.getObject("supersedes_id", UUID.class), rs.getObject("superseded_by_id", UUID.class),
                rs.getString("correction_reason"), revoked == null ? null : revoked.toInstant(),
                rs.getString("revoked_reason"), rs.getInt("version"), rs.getBytes("prepared_pdf"),
                rs.getBytes("data_to_sign"), rs.getTimestamp("signing_time") == null ? null
                : rs.getTimestamp("signing_time").toInstant());
    }

    /** A row of {@code decision_outcome}. */
    record Row(UUID id, long applicationId, UUID sittingId, long accountId, String iin, String fullName,
               String providerId, String service, String form, String variant, boolean passed,
               List<String> specialties, int year, int seq, String number, String status, LocalDate decidedOn,
               LocalDate validUntil, String language, byte[] pdf, byte[] docx, byte[] signedPdf, byte[] signature,
               String preparedBy, Instant preparedAt, String signedBy, String signerName, Instant signedAt,
               UUID supersedesId, UUID supersededById, String correctionReason, Instant revokedAt,
               String revokedReason, int version, byte[] preparedPdf, byte[] dataToSign, Instant signingTime) {

        /** What the registry shows on {@code today}. */
        String standing(LocalDate today) {
            return switch (status) {
                case "SIGNED" -> validUntil != null && today.isAfter(validUntil) ? "EXPIRED" : "VALID";
                default -> status;
            };
        }

        OutcomeView view(LocalDate today) {
            return new OutcomeView(id, applicationId, number, service, providerId, form, variant, passed, fullName,
                    specialties, decidedOn, validUntil, status, standing(today), preparedAt, preparedBy, signedAt,
                    signedBy, signerName, supersedesId, correctionReason, revokedAt, revokedReason, version);
        }
    }

    /** Decisions per provider prepared between the two days: signed, superseded, revoked (the ministry's report). */
    List<OutcomeReports.DecisionCount> counts(java.sql.Date from, java.sql.Date to) {
        return jdbc.sql("""
                        SELECT provider_id, count(*) FILTER (WHERE signed_at IS NOT NULL),
                               count(*) FILTER (WHERE status = 'SUPERSEDED'), count(*) FILTER (WHERE status = 'REVOKED')
                        FROM decision_outcome
                        WHERE (prepared_at AT TIME ZONE 'Asia/Almaty')::date BETWEEN ? AND ?
                        GROUP BY 1 ORDER BY 1""").params(from, to)
                .query((rs, n) -> new OutcomeReports.DecisionCount(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4))).list();
    }
}
