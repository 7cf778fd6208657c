package kz.attest.scheduling;

import kz.attest.web.Refusal.Kind;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AdmittedImports {

    static final String FORMAT = "attest-kz/admitted-candidates/1";
    static final String ENTITY = "AdmittedImport";

    private final AdmittedImportRows rows;
    private final Accounts accounts;
    private final Catalogue catalogue;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final SchedulingProperties properties;
    private final ObjectProvider<DemoCertificateAuthority> demoCa;
    private final JsonMapper json;

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
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.import.empty");
        }
        AdmittedExports.VerifiedExport verified = AdmittedExports.verify(file, SignedFiles.importRoots(
                properties.importTrustAnchors(), demoCa,
                () -> new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.import.no-trust-anchors")));
        JsonNode root;
        try {
            root = json.readTree(verified.json());
        } catch (JacksonException e) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.import.format", "?");
        }
        String format = root == null ? null : text(root, "format");
        if (!FORMAT.equals(format)) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.import.format", format == null ? "?" : format);
        }
        String provider = text(root, "provider");
        JsonNode list = root.get("candidates");
        if (provider == null || provider.isBlank() || list == null || !list.isArray()) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.import.format", format);
        }
        if (list.isEmpty()) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.import.no-candidates");
        }
        List<Row> listed = new ArrayList<>();
        int number = 0;
        for (JsonNode candidate : list) {
            listed.add(row(candidate, provider, ++number));
        }
        String sha256 = DigestUtils.sha256Hex(file);
        Instant now = clock.instant();
        if (rows.imported(sha256)) {
            return new ImportResult(sha256, provider, listed.size(), 0, true);
        }
        String signer = verified.signer().getSubjectX500Principal().getName();
        rows.insertFile(sha256, provider, signer.length() > 500 ? signer.substring(0, 500) : signer,
                text(root, "exportedAt"), listed.size(), user.login(), now);
        int added = 0;
        for (Row row : listed) {
            if (rows.insertCandidate(row.applicationId(), row.registrationNumber(), row.iin(), row.fullName(),
                    row.service(), provider, row.specialties(), row.admittedAt(), sha256, now)) {
                added++;
            }
        }
        rows.setAdded(sha256, added);
        audit.record(user.login(), "scheduling.admitted-imported", ENTITY, sha256,
                "provider %s, %d candidate(s), %d new, signed by %s, sha256 %s".formatted(provider, listed.size(), added,
                        signer, sha256));
        return new ImportResult(sha256, provider, listed.size(), added, false);
    }

    @Transactional(readOnly = true)
    List<PastImport> past() {
        return rows.past();
    }

    /** The imported candidates of a service, with the account of their IIN on this node when there is one (else 0). */
    List<EligibleCandidate> candidates(ServiceCode service) {
        return rows.candidates(service).stream().map(imported -> {
            Optional<SignedInUser> account = accounts.findByLoginName(imported.iin());
            String name = imported.fullName();
            String specialties = imported.specialties();
            return new EligibleCandidate(imported.applicationId(), imported.registrationNumber(),
                    account.map(SignedInUser::accountId).orElse(0L), imported.iin(),
                    name != null && !name.isBlank() ? name : account.map(SignedInUser::fullName).orElse(imported.iin()),
                    service.value(), imported.providerId(),
                    specialties == null || specialties.isBlank() ? List.of() : List.of(specialties.split(",")),
                    imported.admittedAt(), List.of(), List.of(), EligibleCandidate.IMPORTED);
        }).toList();
    }

    private Row row(JsonNode candidate, String provider, int number) {
        try {
            long applicationId = candidate.get("applicationId").asLong();
            String iin = text(candidate, "applicantIin");
            String service = text(candidate, "service");
            Optional<ServiceDefinition> definition = Optional.ofNullable(service).flatMap(ServiceCode::parse)
                    .flatMap(catalogue::find).filter(ServiceDefinition::tested);
            if (applicationId <= 0 || iin == null || !iin.matches("\\d{12}") || definition.isEmpty()) {
                throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.import.candidate", number);
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
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.import.candidate", number);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private record Row(long applicationId, String registrationNumber, String iin, String fullName, String service,
                       List<String> specialties, Instant admittedAt) {
    }
}
