package kz.attest.scheduling;

import kz.attest.catalogue.ServiceCode;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Imported admitted-list files and their candidates (seed 000 ¶9, ¶34) in {@code scheduling_admitted_import} and
 * {@code scheduling_imported_candidate}.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AdmittedImportRows {

    /** A candidate of an imported list as stored; the specialties comma-joined. */
    record Imported(long applicationId, String registrationNumber, String iin, String fullName, String providerId,
                    String specialties, Instant admittedAt) {
    }

    private final JdbcClient jdbc;

    boolean imported(String sha256) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM scheduling_admitted_import WHERE sha256 = ?)").param(sha256)
                .query(Boolean.class).single();
    }

    void insertFile(String sha256, String provider, String signer, String exportedAt, int candidates,
                    String importedBy, Instant at) {
        jdbc.sql("""
                        INSERT INTO scheduling_admitted_import (sha256, provider_id, signer, exported_at, candidates, added,
                            imported_by, imported_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(sha256, provider, signer, exportedAt, candidates, importedBy, Timestamp.from(at))
                .update();
    }

    /** Stores a candidate of the file; false when the application was imported before (from any file). */
    boolean insertCandidate(long applicationId, String registrationNumber, String iin, String fullName,
                            String service, String provider, List<String> specialties, Instant admittedAt,
                            String sha256, Instant at) {
        return jdbc.sql("""
                        INSERT INTO scheduling_imported_candidate (application_id, registration_number, iin, full_name,
                            service_code, provider_id, specialties, admitted_at, file_sha256, imported_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (application_id) DO NOTHING""")
                .params(applicationId, registrationNumber, iin, fullName, service, provider,
                        String.join(",", specialties), Timestamp.from(admittedAt), sha256, Timestamp.from(at))
                .update() == 1;
    }

    void setAdded(String sha256, int added) {
        jdbc.sql("UPDATE scheduling_admitted_import SET added = ? WHERE sha256 = ?").params(added, sha256).update();
    }

    List<AdmittedImports.PastImport> past() {
        return jdbc.sql("""
                        SELECT sha256, provider_id, signer, candidates, added, imported_by, imported_at
                        FROM scheduling_admitted_import ORDER BY imported_at DESC LIMIT 50""")
                .query((rs, n) -> new AdmittedImports.PastImport(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    List<Imported> candidates(ServiceCode service) {
        return jdbc.sql("""
                        SELECT application_id, registration_number, iin, full_name, provider_id, specialties, admitted_at
                        FROM scheduling_imported_candidate WHERE service_code = ? ORDER BY admitted_at, application_id""")
                .param(service.value())
                .query((rs, n) -> new Imported(rs.getLong("application_id"), rs.getString("registration_number"),
                        rs.getString("iin"), rs.getString("full_name"), rs.getString("provider_id"),
                        rs.getString("specialties"), rs.getTimestamp("admitted_at").toInstant()))
                .list();
    }
}
