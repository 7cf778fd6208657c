package kz.attest.web;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Real rows owned by one organisation, written straight into the tables, for the checks that a member of another
 * organisation is refused on them (issue 13, role matrix "a member of another organisation"; refusal audit).
 */
final class OrganisationRows {

    /** The demonstration applicant (docs/demo-accounts.md), owner of the applications written here. */
    static final String APPLICANT = "900315300123";

    private OrganisationRows() {
    }

    static long accountId(JdbcClient jdbc, String login) {
        return jdbc.sql("SELECT id FROM identity_account WHERE iin = ? OR username = ?").params(login, login)
                .query(Long.class).single();
    }

    /** An application in status ADMITTED to the provider, by the demonstration applicant. */
    static long application(JdbcClient jdbc, String provider) {
        UUID draft = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.now());
        long account = accountId(jdbc, APPLICANT);
        jdbc.sql("""
                        INSERT INTO application_draft (id, account_id, applicant_iin, service_code, provider_id,
                                                       specialties, created_at, updated_at)
                        VALUES (?, ?, ?, 'ADVOCATE_ATTESTATION', ?, '', ?, ?)""")
                .params(draft, account, APPLICANT, provider, at, at).update();
        long id = jdbc.sql("""
                        INSERT INTO application_application (draft_id, registration_number, account_id, applicant_iin,
                            service_code, provider_id, status, received_at, signed_content, signature)
                        VALUES (?, ?, ?, ?, 'ADVOCATE_ATTESTATION', ?, 'ADMITTED', ?, ?, ?) RETURNING id""")
                .params(draft, "OO-" + draft.toString().substring(0, 8), account, APPLICANT, provider, at,
                        new byte[]{1}, new byte[]{1})
                .query(Long.class).single();
        jdbc.sql("UPDATE application_draft SET application_id = ? WHERE id = ?").params(id, draft).update();
        jdbc.sql("INSERT INTO application_step (application_id, seq, status, actor, at) VALUES (?, 1, 'ADMITTED', 'officer', ?)")
                .params(id, at).update();
        return id;
    }

    /** A campaign of the provider, not yet announced. */
    static long campaign(JdbcClient jdbc, String provider) {
        return jdbc.sql("""
                        INSERT INTO campaign (provider_id, kind, title, status, created_by, created_at)
                        VALUES (?, 'REGULAR', 'Другой организации', 'DRAFT', 'officer', now()) RETURNING id""")
                .param(provider).query(Long.class).single();
    }

    /** A complaint about an application of the provider, addressed to the provider's head. */
    static long appeal(JdbcClient jdbc, String provider) {
        long application = application(jdbc, provider);
        return jdbc.sql("""
                        INSERT INTO appeal_appeal (application_id, service_code, provider_id, application_status,
                            account_id, applicant_iin, addressee, addressee_org, subject, text, filed_at, registered_on,
                            due_date, status)
                        VALUES (?, 'ADVOCATE_ATTESTATION', ?, 'ADMITTED', ?, ?, 'PROVIDER_HEAD', ?, 'ACTION',
                                'Жалоба другой организации', now(), current_date, current_date + 15, 'OPEN') RETURNING id""")
                .params(application, provider, accountId(jdbc, APPLICANT), APPLICANT, provider)
                .query(Long.class).single();
    }

    /** An interview pending before the organisation's commission. */
    static long interview(JdbcClient jdbc, String organisation) {
        long application = application(jdbc, organisation);
        return jdbc.sql("""
                        INSERT INTO commission_interview (sitting_id, application_id, registration_number, account_id,
                            applicant_iin, service, organisation_id, specialties, test_day, status, created_at)
                        VALUES (?, ?, 'OO-INT', ?, ?, 'ADVOCATE_ATTESTATION', ?, '', current_date, 'PENDING', now())
                        RETURNING id""")
                .params(UUID.randomUUID(), application, accountId(jdbc, APPLICANT), APPLICANT, organisation)
                .query(Long.class).single();
    }

    /** A recorded absence from testing of an application of the provider; returns the sitting. */
    static UUID noShow(JdbcClient jdbc, String provider) {
        long application = application(jdbc, provider);
        UUID sitting = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO decision_no_show (sitting_id, session_id, application_id, account_id, service,
                            provider_id, test_date, valid_reason_until, counts_as_failure, status, reason, explanation,
                            requested_at)
                        VALUES (?, ?, ?, ?, 'ADVOCATE_ATTESTATION', ?, current_date, current_date + 10, false,
                                'REQUESTED', 'ILLNESS', 'Другой организации', now())""")
                .params(sitting, UUID.randomUUID(), application, accountId(jdbc, APPLICANT), provider).update();
        return sitting;
    }

    /** A prepared (unsigned) outcome document of the provider. */
    static UUID outcome(JdbcClient jdbc, String provider) {
        long application = application(jdbc, provider);
        UUID id = UUID.randomUUID();
        // unique per provider and year (a random one could repeat); year 1999 is no other test's, and the test classes
        // run one at a time, so the next after the highest is free, in a database kept from an earlier run too
        int seq = jdbc.sql("SELECT coalesce(max(seq), 900000) + 1 FROM decision_outcome WHERE provider_id = ? AND year = 1999")
                .param(provider).query(Integer.class).single();
        jdbc.sql("""
                        INSERT INTO decision_outcome (id, application_id, account_id, applicant_iin, full_name,
                            provider_id, service, form, variant, passed, year, seq, number, status, decided_on,
                            language, pdf, docx, prepared_by, prepared_at)
                        VALUES (?, ?, ?, ?, 'Другой Организации', ?, 'ADVOCATE_ATTESTATION', 'CERTIFICATE', 'POSITIVE',
                                true, 1999, ?, ?, 'PREPARED', current_date, 'ru', ?, ?, 'officer', now())""")
                .params(id, application, accountId(jdbc, APPLICANT), APPLICANT, provider, seq, "OO-" + id,
                        new byte[]{1}, new byte[]{1})
                .update();
        return id;
    }

    /** A licence request in progress for a service whose provider is the ministry (the catalogue's MINISTRY). */
    static long licenceRequest(JdbcClient jdbc) {
        return jdbc.sql("""
                        INSERT INTO licensing_request (number, kind, service, account_id, applicant_iin, applicant_name,
                            language, status, received_at, created_at)
                        VALUES (?, 'ISSUE', ?, ?, ?, 'Другой Организации', 'ru', 'IN_PROGRESS', now(), now())
                        RETURNING id""")
                .params("OO-" + UUID.randomUUID(), MINISTRY_LICENCE, accountId(jdbc, APPLICANT), APPLICANT)
                .query(Long.class).single();
    }

    /** A licence of the ministry's service held by the demonstration applicant; returns its number. */
    static String licence(JdbcClient jdbc) {
        long request = licenceRequest(jdbc);
        String number = "OO-" + UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO licensing_licence (number, service, holder_account_id, holder_iin, holder_name,
                            issued_on, status, request_id, pdf, created_at)
                        VALUES (?, ?, ?, ?, 'Другой Организации', current_date, 'ACTIVE', ?, ?, now())""")
                .params(number, MINISTRY_LICENCE, accountId(jdbc, APPLICANT), APPLICANT, request, new byte[]{1})
                .update();
        return number;
    }

    /**
     * A document recorded by hand in the ministry's table of licence prerequisites (an appendix-3 decision, the
     * prerequisite of the ministry's bailiff licence); its number.
     */
    static String prerequisite(JdbcClient jdbc) {
        String number = "OO-" + UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO licensing_prerequisite (iin, form, number, issued_on, recorded_by, recorded_at)
                        VALUES (?, ?, ?, current_date, 'dj-officer', now())""")
                .params(APPLICANT, PREREQUISITE_FORM, number).update();
        return number;
    }

    /** The decision form the ministry's bailiff licence depends on (catalogue). */
    static final String PREREQUISITE_FORM = "APP_3";

    /** A licensing service the ministry provides (catalogue), so that a forensic centre's officer is another organisation. */
    static final String MINISTRY_LICENCE = "BAILIFF_LICENSE";
}
