package kz.attest.application;

import kz.attest.catalogue.DeadlineStep;
import kz.attest.catalogue.ServiceCode;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.OptimisticLockingFailureException;
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
import java.util.UUID;

import static kz.attest.Json.JSON;

/**
 * Stores applications in {@code application_application} (optimistic locking on {@code version}) with their
 * history in {@code application_step}, and hands out registration numbers per organisation and year.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApplicationRows {

    private static final String SELECT = """
            SELECT id, draft_id, registration_number, account_id, applicant_iin, service_code, provider_id, status,
                   received_at, registered_at, hearing_at, hearing_place, version
            FROM application_application""";

    /**
     * The applications with their whole history in one statement (lists: no query per row): the steps come as
     * arrays in {@code seq} order from one lateral aggregate.
     */
    private static final String SELECT_WITH_HISTORY = """
            SELECT a.id, a.draft_id, a.registration_number, a.account_id, a.applicant_iin, a.service_code,
                   a.provider_id, a.status, a.received_at, a.registered_at, a.hearing_at, a.hearing_place, a.version,
                   h.statuses, h.actors, h.ats, h.deadlines, h.next_steps, h.next_dues, h.notes, h.note_keys, h.note_args
            FROM application_application a
            LEFT JOIN LATERAL (
                SELECT array_agg(s.status ORDER BY s.seq) AS statuses, array_agg(s.actor ORDER BY s.seq) AS actors,
                       array_agg(s.at ORDER BY s.seq) AS ats, array_agg(s.deadline_had ORDER BY s.seq) AS deadlines,
                       array_agg(s.next_step ORDER BY s.seq) AS next_steps,
                       array_agg(s.next_due ORDER BY s.seq) AS next_dues, array_agg(s.note ORDER BY s.seq) AS notes,
                       array_agg(s.note_key ORDER BY s.seq) AS note_keys,
                       array_agg(s.note_args ORDER BY s.seq) AS note_args
                FROM application_step s WHERE s.application_id = a.id) h ON true""";

    private final JdbcClient jdbc;

    /** Inserts a new application with its signed content and signature; returns its id. */
    long insert(Application application, byte[] signedContent, byte[] signature, String signerSubject) {
        long id = jdbc.sql("""
                        INSERT INTO application_application (draft_id, account_id, applicant_iin, service_code,
                            provider_id, status, received_at, pending_step, due_date, signed_content, signature,
                            signer_subject, version)
                        VALUES (:draft, :account, :iin, :service, :provider, :status, :received, :pendingStep, :due,
                            :content, :signature, :signer, 0)
                        RETURNING id""")
                .param("draft", application.draftId())
                .param("account", application.accountId())
                .param("iin", application.applicantIin())
                .param("service", application.service().value())
                .param("provider", application.providerId())
                .param("status", application.status().name())
                .param("received", Timestamp.from(application.receivedAt()))
                .param("pendingStep", application.pendingStep().map(Enum::name).orElse(null))
                .param("due", application.pendingDue().map(Date::valueOf).orElse(null))
                .param("content", signedContent)
                .param("signature", signature)
                .param("signer", signerSubject)
                .query(Long.class).single();
        insertSteps(id, application.history(), 0);
        return id;
    }

    /** Writes the changed application and its new history entries; a concurrent change is a conflict. */
    void update(Application application) {
        int updated = jdbc.sql("""
                        UPDATE application_application SET registration_number = :number, status = :status,
                            registered_at = :registered, pending_step = :pendingStep, due_date = :due,
                            hearing_at = :hearingAt, hearing_place = :hearingPlace, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("number", application.registrationNumber())
                .param("status", application.status().name())
                .param("registered", timestamp(application.registeredAt()))
                .param("pendingStep", application.pendingStep().map(Enum::name).orElse(null))
                .param("due", application.pendingDue().map(Date::valueOf).orElse(null))
                .param("hearingAt", timestamp(application.hearingAt()))
                .param("hearingPlace", application.hearingPlace())
                .param("id", application.id())
                .param("version", application.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Application " + application.id() + " changed meanwhile");
        }
        int stored = jdbc.sql("SELECT count(*) FROM application_step WHERE application_id = ?")
                .param(application.id()).query(Integer.class).single();
        List<HistoryEntry> history = application.history();
        insertSteps(application.id(), history.subList(stored, history.size()), stored);
    }

    Optional<Application> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::map).optional();
    }

    List<Application> ofAccount(long accountId) {
        return jdbc.sql(SELECT_WITH_HISTORY + " WHERE a.account_id = ? ORDER BY a.received_at DESC, a.id DESC")
                .param(accountId).query(this::mapWithHistory).list();
    }

    /** The account's open application of the service, if any (one at a time per applicant and service). */
    Optional<Application> openOf(long accountId, ServiceCode service) {
        return jdbc.sql(SELECT + OPEN_OF_ACCOUNT).param(accountId).param(service.value()).query(this::map).list()
                .stream().findFirst();
    }

    /** Serialises submissions of one account until the end of the transaction. */
    void lockAccount(long accountId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?, ?)").params(70, (int) accountId).query((rs, n) -> 1).list();
    }

    private static final String OPEN_OF_ACCOUNT = " WHERE account_id = ? AND service_code = ? AND status NOT IN ("
            + ApplicationStatus.CLOSED_SQL + ") ORDER BY id";

    /**
     * An application {@code a} still on the provider's desk: open, or admitted with a step still pending (the queue
     * and the overdue job, ¶¶ of the service's deadlines).
     */
    static final String ON_PROVIDERS_DESK = "(a.status NOT IN (" + ApplicationStatus.CLOSED_SQL
            + ") OR a.status = 'ADMITTED' AND a.pending_step IS NOT NULL)";

    /** The provider's open applications, the most urgent first. */
    List<Application> openAt(String providerId) {
        return jdbc.sql(SELECT_WITH_HISTORY + " WHERE a.provider_id = ? AND " + ON_PROVIDERS_DESK
                        + " ORDER BY a.due_date NULLS LAST, a.received_at, a.id")
                .param(providerId).query(this::mapWithHistory).list();
    }

    /** Admitted applications, optionally of one service, in order of admission (¶9's list for the operator). */
    List<AdmittedCandidate> admitted(java.util.Optional<kz.attest.catalogue.ServiceCode> service) {
        return jdbc.sql("""
                        SELECT a.id, a.registration_number, a.account_id, a.applicant_iin, a.service_code, a.provider_id,
                               d.specialties,
                               (SELECT max(s.at) FROM application_step s
                                 WHERE s.application_id = a.id AND s.status = 'ADMITTED') AS admitted_at
                        FROM application_application a JOIN application_draft d ON d.id = a.draft_id
                        WHERE a.status = 'ADMITTED' AND (:service IS NULL OR a.service_code = :service)
                        ORDER BY admitted_at, a.id""")
                .param("service", service.map(kz.attest.catalogue.ServiceCode::value).orElse(null), java.sql.Types.VARCHAR)
                .query((rs, n) -> new AdmittedCandidate(rs.getLong("id"), rs.getString("registration_number"),
                        rs.getLong("account_id"), rs.getString("applicant_iin"),
                        new kz.attest.catalogue.ServiceCode(rs.getString("service_code")), rs.getString("provider_id"),
                        java.util.Arrays.stream(rs.getString("specialties").split(",")).filter(v -> !v.isBlank()).toList(), rs.getTimestamp("admitted_at").toInstant()))
                .list();
    }

    /** The next registration number of the organisation in the year, e.g. {@code DJ-ALMATY-2026-00042}. */
    String nextNumber(String providerId, int year) {
        int number = jdbc.sql("""
                        INSERT INTO application_number_counter (provider_id, year, last_number) VALUES (?, ?, 1)
                        ON CONFLICT (provider_id, year)
                        DO UPDATE SET last_number = application_number_counter.last_number + 1
                        RETURNING last_number""")
                .params(providerId, year).query(Integer.class).single();
        return "%s-%d-%05d".formatted(providerId.toUpperCase(java.util.Locale.ROOT), year, number);
    }

    private void insertSteps(long applicationId, List<HistoryEntry> entries, int firstSeq) {
        int seq = firstSeq;
        for (HistoryEntry entry : entries) {
            jdbc.sql("""
                            INSERT INTO application_step (application_id, seq, status, actor, at, deadline_had,
                                next_step, next_due, note, note_key, note_args)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(applicationId, ++seq, entry.status().name(), entry.actor(), Timestamp.from(entry.at()),
                            date(entry.deadlineHad()), entry.nextStep() == null ? null : entry.nextStep().name(),
                            date(entry.nextDue()), verbatim(entry.note()), noteKey(entry.note()), noteArgs(entry.note()))
                    .update();
        }
    }

    private List<HistoryEntry> history(long applicationId) {
        return jdbc.sql("""
                        SELECT status, actor, at, deadline_had, next_step, next_due, note, note_key, note_args
                        FROM application_step
                        WHERE application_id = ? ORDER BY seq""")
                .param(applicationId)
                .query((rs, n) -> new HistoryEntry(ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getString("actor"), rs.getTimestamp("at").toInstant(), localDate(rs.getDate("deadline_had")),
                        rs.getString("next_step") == null ? null : DeadlineStep.valueOf(rs.getString("next_step")),
                        localDate(rs.getDate("next_due")),
                        note(rs.getString("note"), rs.getString("note_key"), rs.getString("note_args"))))
                .list();
    }

    private Application map(ResultSet rs, int row) throws SQLException {
        return map(rs, history(rs.getLong("id")));
    }

    private Application mapWithHistory(ResultSet rs, int row) throws SQLException {
        java.sql.Array statuses = rs.getArray("statuses");
        if (statuses == null) {
            return map(rs, List.of());
        }
        String[] status = (String[]) statuses.getArray();
        String[] actors = (String[]) rs.getArray("actors").getArray();
        Timestamp[] ats = (Timestamp[]) rs.getArray("ats").getArray();
        Date[] deadlines = (Date[]) rs.getArray("deadlines").getArray();
        String[] nextSteps = (String[]) rs.getArray("next_steps").getArray();
        Date[] nextDues = (Date[]) rs.getArray("next_dues").getArray();
        String[] notes = (String[]) rs.getArray("notes").getArray();
        String[] noteKeys = (String[]) rs.getArray("note_keys").getArray();
        String[] noteArgs = (String[]) rs.getArray("note_args").getArray();
        List<HistoryEntry> history = new java.util.ArrayList<>(status.length);
        for (int i = 0; i < status.length; i++) {
            history.add(new HistoryEntry(ApplicationStatus.valueOf(status[i]), actors[i], ats[i].toInstant(),
                    localDate(deadlines[i]), nextSteps[i] == null ? null : DeadlineStep.valueOf(nextSteps[i]),
                    localDate(nextDues[i]), note(notes[i], noteKeys[i], noteArgs[i])));
        }
        return map(rs, history);
    }

    private Application map(ResultSet rs, List<HistoryEntry> history) throws SQLException {
        long id = rs.getLong("id");
        return new Application(id, rs.getObject("draft_id", UUID.class), rs.getLong("account_id"),
                rs.getString("applicant_iin"), ServiceCode.of(rs.getString("service_code")),
                rs.getString("provider_id"), rs.getTimestamp("received_at").toInstant(), rs.getLong("version"),
                history, rs.getString("registration_number"), ApplicationStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("registered_at")), instant(rs.getTimestamp("hearing_at")),
                rs.getString("hearing_place"));
    }

    /**
     * A history note as written (issue 14): a message key with its arguments ({@code note_key}, {@code note_args} as a
     * JSON array), or a person's own words ({@code note}); rows written before V230 have only the text.
     */
    private static kz.attest.web.Phrase note(String text, String key, String args) {
        if (args != null) {
            return new kz.attest.web.Phrase(key, java.util.Arrays.asList(JSON.readValue(args, String[].class)));
        }
        return kz.attest.web.Phrase.verbatim(text);
    }

    private static String verbatim(kz.attest.web.Phrase note) {
        return note == null || note.key() != null ? null : String.join(", ", note.args());
    }

    private static String noteKey(kz.attest.web.Phrase note) {
        return note == null ? null : note.key();
    }

    private static String noteArgs(kz.attest.web.Phrase note) {
        return note == null ? null : JSON.writeValueAsString(note.args());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
