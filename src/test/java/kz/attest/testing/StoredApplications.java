package kz.attest.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Applications written straight into the application module's tables (draft, application, its first step), for the
 * tests of the modules that react to an application in a given status without walking the application's journey.
 */
public final class StoredApplications {

    private StoredApplications() {
    }

    /**
     * An application of {@code accountId}/{@code iin} to {@code provider} in {@code status}, received and stepped at
     * {@code at} by {@code actor}, numbered {@code number}; {@code specialties} as the draft keeps them (may be null).
     * Returns its id.
     */
    public static long insert(JdbcClient jdbc, long accountId, String iin, String service, String provider,
                              String specialties, String status, String actor, String number, Instant at) {
        UUID draft = UUID.randomUUID();
        Timestamp when = Timestamp.from(at);
        jdbc.sql("""
                        INSERT INTO application_draft (id, account_id, applicant_iin, service_code, provider_id,
                                                       specialties, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(draft, accountId, iin, service, provider, specialties, when, when).update();
        long id = jdbc.sql("""
                        INSERT INTO application_application (draft_id, registration_number, account_id, applicant_iin,
                            service_code, provider_id, status, received_at, signed_content, signature)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(draft, number, accountId, iin, service, provider, status, when, new byte[]{1}, new byte[]{1})
                .query(Long.class).single();
        jdbc.sql("UPDATE application_draft SET application_id = ? WHERE id = ?").params(id, draft).update();
        jdbc.sql("INSERT INTO application_step (application_id, seq, status, actor, at) VALUES (?, 1, ?, ?, ?)")
                .params(id, status, actor, when).update();
        return id;
    }

}
