package kz.attest.scheduling;

import org.apache.commons.codec.digest.DigestUtils;
import kz.attest.application.AdmittedExports;
import kz.attest.audit.AuditLog;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.identity.Accounts;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.SignedInUser;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.SignedFiles;
import kz.attest.web.LocalizedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Air-gapped import of a provider's signed admitted-list file (seed 000 ¶9, ¶34, ¶59, ¶84) on an operator node without
 * a link to the provider: the CMS signature and its chain to a trusted root are verified by
 * {@link AdmittedExports#verify}, the format string and every row are checked, and the candidates are kept so that
 * session planning offers them like the applications module's admitted candidates (by application id, once). A file
 * imported before stores nothing and says so; any refusal is a 400 with nothing stored. Each import is audited with
 * who, the file's SHA-256 and the counts. An imported candidate is notified only when an account with the IIN exists
 * on this node.
 */
@Service
class AdmittedImports {

    static final String FORMAT = "attest-kz/admitted-candidates/1";
    static final String ENTITY = "AdmittedImport";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Catalogue catalogue;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final SchedulingProperties properties;
    private final ObjectProvider<DemoCertificateAuthority> demoCa;
    private final JsonMapper json;

    AdmittedImports(JdbcClient jdbc, Accounts accounts, Catalogue catalogue, CurrentUser currentUser, AuditLog audit,
                    Clock clock, SchedulingProperties properties, ObjectProvider<DemoCertificateAuthority> demoCa,
                    JsonMapper json) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
        this.demoCa = demoCa;
        this.json = json;
    }

    /** The outcome of an import: how many candidates the file lists and how many of them are new here. */
    record ImportResult(String sha256, String providerId, int candidates, int added, boolean alreadyImported) {
    }

    /** A past import as the operator's page lists it. */
    record PastImport(String sha256, String providerId, String signer, int candidates, int added, String importedBy,
                      Instant importedAt) {
    }

    @Transactional
    ImportResult importFile(byte[] file) {
        SignedInUser user = currentUser.require();
        if (file == null || file.length == 0) {
            throw LocalizedException.badRequest("scheduling.import.empty");
        }
        AdmittedExports.VerifiedExport verified = AdmittedExports.verify(file, trustedRoots());
        JsonNode root;
        try {
            root = json.readTree(verified.json());
        } catch (JacksonException e) {
            throw LocalizedException.badRequest("scheduling.import.format", "?");
        }
        String format = root == null ? null : text(root, "format");
        if (!FORMAT.equals(format)) {
            throw LocalizedException.badRequest("scheduling.import.format", format == null ? "?" : format);
        }
        String provider = text(root, "provider");
        JsonNode list = root.get("candidates");
        if (provider == null || provider.isBlank() || list == null || !list.isArray()) {
            throw LocalizedException.badRequest("scheduling.import.format", format);
        }
        if (list.isEmpty()) {
            throw LocalizedException.badRequest("scheduling.import.no-candidates");
        }
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (JsonNode candidate : list) {
            rows.add(row(candidate, provider, ++number));
        }
        String sha256 = DigestUtils.sha256Hex(file);
        Instant now = clock.instant();
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM scheduling_admitted_import WHERE sha256 = ?)").param(sha256)
                .query(Boolean.class).single()) {
            return new ImportResult(sha256, provider, rows.size(), 0, true);
        }
        String signer = verified.signer().getSubjectX500Principal().getName();
        jdbc.sql("""
                        INSERT INTO scheduling_admitted_import (sha256, provider_id, signer, exported_at, candidates, added,
                            imported_by, imported_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(sha256, provider, signer.length() > 500 ? signer.substring(0, 500) : signer,
                        text(root, "exportedAt"), rows.size(), user.login(), Timestamp.from(now))
                .update();
        int added = 0;
        for (Row row : rows) {
            added += jdbc.sql("""
                            INSERT INTO scheduling_imported_candidate (application_id, registration_number, iin, full_name,
                                service_code, provider_id, specialties, admitted_at, file_sha256, imported_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (application_id) DO NOTHING""")
                    .params(row.applicationId(), row.registrationNumber(), row.iin(), row.fullName(), row.service(),
                            provider, String.join(",", row.specialties()), Timestamp.from(row.admittedAt()), sha256,
                            Timestamp.from(now))
                    .update();
        }
        jdbc.sql("UPDATE scheduling_admitted_import SET added = ? WHERE sha256 = ?").params(added, sha256).update();
        audit.record(user.login(), "scheduling.admitted-imported", ENTITY, sha256,
                "provider %s, %d candidate(s), %d new, signed by %s, sha256 %s".formatted(provider, rows.size(), added,
                        signer, sha256));
        return new ImportResult(sha256, provider, rows.size(), added, false);
    }

    @Transactional(readOnly = true)
    List<PastImport> past() {
        return jdbc.sql("""
                        SELECT sha256, provider_id, signer, candidates, added, imported_by, imported_at
                        FROM scheduling_admitted_import ORDER BY imported_at DESC LIMIT 50""")
                .query((rs, n) -> new PastImport(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** The imported candidates of a service, with the account of their IIN on this node when there is one (else 0). */
    List<EligibleCandidate> candidates(ServiceCode service) {
        return jdbc.sql("""
                        SELECT application_id, registration_number, iin, full_name, provider_id, specialties, admitted_at
                        FROM scheduling_imported_candidate WHERE service_code = ? ORDER BY admitted_at, application_id""")
                .param(service.value())
                .query((rs, n) -> {
                    String iin = rs.getString("iin");
                    Optional<SignedInUser> account = accounts.findByLoginName(iin);
                    String name = rs.getString("full_name");
                    String specialties = rs.getString("specialties");
                    return new EligibleCandidate(rs.getLong("application_id"), rs.getString("registration_number"),
                            account.map(SignedInUser::accountId).orElse(0L), iin,
                            name != null && !name.isBlank() ? name : account.map(SignedInUser::fullName).orElse(iin),
                            service.value(), rs.getString("provider_id"),
                            specialties == null || specialties.isBlank() ? List.of() : List.of(specialties.split(",")),
                            rs.getTimestamp("admitted_at").toInstant(), List.of(), List.of(),
                            EligibleCandidate.IMPORTED);
                })
                .list();
    }

    private Row row(JsonNode candidate, String provider, int number) {
        try {
            long applicationId = candidate.get("applicationId").asLong();
            String iin = text(candidate, "applicantIin");
            String service = text(candidate, "service");
            Optional<ServiceDefinition> definition = Optional.ofNullable(service).flatMap(ServiceCode::parse)
                    .flatMap(catalogue::find).filter(ServiceDefinition::tested);
            if (applicationId <= 0 || iin == null || !iin.matches("\\d{12}") || definition.isEmpty()) {
                throw LocalizedException.badRequest("scheduling.import.candidate", number);
            }
            List<String> specialties = new ArrayList<>();
            JsonNode list = candidate.get("specialties");
            if (list != null && list.isArray()) {
                list.forEach(s -> specialties.add(s.asString()));
            }
            String admitted = text(candidate, "admittedAt");
            return new Row(applicationId, text(candidate, "registrationNumber"), iin, text(candidate, "fullName"),
                    definition.get().code().value(), specialties,
                    admitted == null ? clock.instant() : Instant.parse(admitted));
        } catch (NullPointerException | DateTimeParseException | JacksonException e) {
            throw LocalizedException.badRequest("scheduling.import.candidate", number);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** The roots a file must chain to (configured anchors, the demonstration CA's root when it is on); none: 409. */
    private List<X509Certificate> trustedRoots() {
        List<X509Certificate> roots = SignedFiles.trustedRoots(properties.importTrustAnchors(),
                Optional.ofNullable(demoCa.getIfAvailable()));
        if (roots.isEmpty()) {
            throw LocalizedException.conflict("scheduling.import.no-trust-anchors");
        }
        return roots;
    }

    private record Row(long applicationId, String registrationNumber, String iin, String fullName, String service,
                       List<String> specialties, Instant admittedAt) {
    }
}
