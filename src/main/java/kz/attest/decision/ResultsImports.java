package kz.attest.decision;

import kz.attest.audit.AuditLog;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.SignedInUser;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.SignedFiles;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static kz.attest.Json.JSON;
import static kz.attest.web.Refusal.Kind.BAD_INPUT;
import static kz.attest.web.Refusal.Kind.NOT_ALLOWED;
import static kz.attest.web.Refusal.Kind.WRONG_STATE;

/**
 * ¶24 for an air-gapped operator node: the provider's node imports the signed results file the operator exported
 * ({@link Results#operatorSignedFile}). The CMS signature and its chain to a trusted root are verified (the same check
 * as the admitted list's, {@link SignedFiles#verify}), then the format, the provider (the officer's own
 * organisation, else 403) and every entry. Entries are kept in the register by sitting id: a sitting already known is
 * not duplicated (only stages it lacks and a completion or interview outcome not yet recorded are added), and a file
 * imported before (same SHA-256) stores nothing and says so. Any refusal stores nothing. Each import is audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResultsImports {

    static final String ENTITY = "ResultsImport";

    private final ResultRows rows;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final DecisionProperties properties;
    private final ObjectProvider<DemoCertificateAuthority> demoCa;

    /** The outcome of an import: sittings in the file, new sittings and new stages here, whether seen before. */
    record ImportResult(String sha256, String providerId, int sittings, int added, int stagesAdded,
                        boolean alreadyImported) {
    }

    /** A past import as the provider's page lists it. */
    record PastImport(String sha256, String signer, int sittings, int added, String importedBy, Instant importedAt) {
    }

    @Transactional
    ImportResult importFile(byte[] file) {
        SignedInUser user = currentUser.require();
        String own = ProviderStaff.organisationOf(user);
        if (file == null || file.length == 0) {
            throw new DecisionRefusal(BAD_INPUT, "decision.results.import.empty");
        }
        SignedFiles.Verified verified;
        try {
            verified = SignedFiles.verify(file, SignedFiles.importRoots(properties.resultsTrustAnchors(), demoCa,
                    () -> new DecisionRefusal(WRONG_STATE, "decision.results.import.no-trust-anchors")));
        } catch (SignedFiles.InvalidFile e) {
            throw new DecisionRefusal(BAD_INPUT, "decision.results.import.invalid." + e.reason());
        }
        JsonNode root;
        try {
            root = JSON.readTree(new String(verified.content(), StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            throw new DecisionRefusal(BAD_INPUT, "decision.results.import.format", "?");
        }
        String format = root == null || !root.isObject() ? null : text(root, "format");
        if (!Results.FORMAT.equals(format)) {
            throw new DecisionRefusal(BAD_INPUT, "decision.results.import.format", format == null ? "?" : format);
        }
        String provider = text(root, "provider");
        JsonNode list = root.get("results");
        if (provider == null || provider.isBlank() || list == null || !list.isArray()) {
            throw new DecisionRefusal(BAD_INPUT, "decision.results.import.format", format);
        }
        if (!provider.equals(own)) {
            throw new DecisionRefusal(NOT_ALLOWED, "identity.not-your-organisation");
        }
        List<ResultEntry> entries = new ArrayList<>();
        int number = 0;
        for (JsonNode node : list) {
            entries.add(entry(node, provider, ++number));
        }
        String sha256 = DigestUtils.sha256Hex(file);
        if (rows.imported(sha256)) {
            return new ImportResult(sha256, provider, entries.size(), 0, 0, true);
        }
        String signer = verified.signer().getSubjectX500Principal().getName();
        int added = 0;
        int stagesAdded = 0;
        for (ResultEntry entry : entries) {
            added += rows.keepSitting(entry);
            for (ResultEntry.Stage stage : entry.stages()) {
                stagesAdded += rows.keepStage(entry.sittingId(), stage);
            }
        }
        rows.recordImport(sha256, provider, signer.length() > 500 ? signer.substring(0, 500) : signer,
                text(root, "exportedAt"), entries.size(), added, user.login(), clock.instant());
        audit.record(user.login(), "decision.results-imported", ENTITY, sha256,
                "provider %s, %d sitting(s), %d new, %d new stage(s), signed by %s, sha256 %s".formatted(provider,
                        entries.size(), added, stagesAdded, signer, sha256));
        return new ImportResult(sha256, provider, entries.size(), added, stagesAdded, false);
    }

    @Transactional(readOnly = true)
    List<PastImport> past() {
        String own = ProviderStaff.organisationOf(currentUser.require());
        return rows.imports(own);
    }

    private ResultEntry entry(JsonNode node, String provider, int number) {
        try {
            ResultEntry e = JSON.treeToValue(node, ResultEntry.class);
            if (e.sittingId() == null || e.service() == null || e.service().isBlank() || e.lastStageAt() == null
                    || e.dueDate() == null || (e.providerId() != null && !e.providerId().equals(provider))
                    || (e.interview() != null && e.interview().concludedAt() == null)
                    || e.stages().stream().anyMatch(s -> s.finishedAt() == null || s.stage() < 1 || s.total() < 0)) {
                throw new DecisionRefusal(BAD_INPUT, "decision.results.import.entry", number);
            }
            return new ResultEntry(e.sittingId(), e.applicationId(), e.accountId(), provider, e.service(),
                    e.lastStageAt(), e.dueDate(), e.completedAt(), e.passed(), e.stages(), e.interview());
        } catch (JacksonException | NullPointerException | IllegalArgumentException e) {
            throw new DecisionRefusal(BAD_INPUT, "decision.results.import.entry", number);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
