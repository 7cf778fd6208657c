package kz.attest.itembank;

import kz.attest.audit.AuditLog;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ExpertSpecialty;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import kz.attest.catalogue.TopicQuota;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Sealed packages for the air-gapped testing operator (seed 000 ¶14, ¶41, ¶66, ¶89: the Ministry hands questions and
 * answers over on electronic media only). The Ministry exports the approved questions and cases of chosen services
 * as one signed and encrypted file; the operator verifies and imports it, and records superseding, withdrawal and
 * destruction. Every state change is audited in its transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SealedPackages {

    static final String PACKAGE = "ItemBankPackage";
    private static final Set<PackageRecord.Status> ACTIVE = EnumSet.of(PackageRecord.Status.ACTIVE);
    private static final Set<PackageRecord.Status> NOT_DESTROYED = EnumSet.of(PackageRecord.Status.ACTIVE,
            PackageRecord.Status.SUPERSEDED, PackageRecord.Status.WITHDRAWN);

    private final PackageRows store;
    private final BankRows bank;
    private final BankRules rules;
    private final PackageKeys keys;
    private final PackageProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    /** A package wanted by the Ministry: services, and optionally its validity window (default: now + validity days). */
    public record ExportRequest(List<String> services, Instant notBefore, Instant notAfter) {
        public ExportRequest {
            services = services == null ? List.of() : List.copyOf(services);
        }
    }

    /** An exported file with its manifest. */
    public record ExportedPackage(PackageManifest manifest, byte[] file) {

        public String fileName() {
            return "attest-package-" + manifest.line().toLowerCase(java.util.Locale.ROOT).replace('+', '-')
                    + "-v" + manifest.version() + ".p7m";
        }
    }

    /** What a verification found: the manifest, the Ministry signer, and the operator's highest version of the line. */
    public record Verification(PackageManifest manifest, String signer, int currentVersion, boolean alreadyImported,
                               boolean importable) {

        Verification(PackageManifest manifest, String signer, int currentVersion, boolean alreadyImported) {
            this(manifest, signer, currentVersion, alreadyImported,
                    !alreadyImported && manifest.version() > currentVersion);
        }
    }

    // ---- the Ministry's side

    /** Seals the approved questions and cases of the services for the operator and records the export. */
    @Transactional
    public ExportedPackage export(ExportRequest request, String actor) {
        Catalogue catalogue = rules.catalogue();
        TreeSet<String> services = new TreeSet<>();
        for (String code : request.services()) {
            ServiceDefinition service = ServiceCode.parse(code).flatMap(catalogue::find)
                    .orElseThrow(() -> new ItemBankRefusal(Kind.BAD_INPUT, "itembank.package.unknown-service", String.valueOf(code)));
            services.add(service.code().value());
        }
        if (services.isEmpty()) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.package.no-services");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant notBefore = request.notBefore() != null ? request.notBefore() : now;
        Instant notAfter = request.notAfter() != null ? request.notAfter()
                : notBefore.plus(Duration.ofDays(Math.max(1, properties.validityDays())));
        if (!notAfter.isAfter(notBefore) || !notAfter.isAfter(now)) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.package.bad-window");
        }

        Set<String> topics = new LinkedHashSet<>();
        Set<String> specialties = new LinkedHashSet<>();
        for (String code : services) {
            ServiceDefinition service = catalogue.get(code);
            for (Stage stage : service.stages()) {
                stage.blueprint().ifPresent(b -> b.quotas().stream().map(TopicQuota::topic).forEach(topics::add));
            }
            catalogue.specialtiesFor(service.code()).stream().map(ExpertSpecialty::code).forEach(specialties::add);
        }
        PackageContent content = store.approvedContent(topics, services, specialties);
        if (content.items().isEmpty() && content.cases().isEmpty()) {
            throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.package.empty", String.join(", ", services));
        }
        Map<String, Integer> perTopic = new TreeMap<>();
        content.items().forEach(i -> perTopic.merge(i.topic(), 1, Integer::sum));
        Map<String, Integer> perScope = new TreeMap<>();
        content.cases().forEach(c -> perScope.merge(c.scope().kind() + ":" + c.scope().code(), 1, Integer::sum));

        String line = PackageManifest.lineOf(services);
        store.lockLine(PackageRecord.Side.EXPORTED, line);
        int version = store.highestVersion(PackageRecord.Side.EXPORTED, line) + 1;
        java.security.cert.X509Certificate recipient = keys.operatorCertificate();
        PackageSealer.Credential signer = keys.ministrySigner();
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT, UUID.randomUUID(), line, version,
                List.copyOf(services), perTopic, perScope, content.items().size(), content.cases().size(), null, null,
                PackageSealer.fingerprint(recipient), PackageSealer.subject(recipient), notBefore,
                notAfter, actor, now, catalogue.version());
        byte[] json = ContentCodec.write(content);
        byte[] file = PackageSealer.seal(manifest, json, recipient, signer);
        PackageManifest sealed = PackageSealer.manifestOf(file);
        store.insert(PackageRecord.Side.EXPORTED, sealed, PackageRecord.Status.EXPORTED, file,
                PackageSealer.subject(signer.certificate()), 0, 0, actor, now);
        audit.record(actor, "itembank.package-exported", PACKAGE, sealed.packageId().toString(),
                "line " + line + " version " + version + ": " + sealed.items() + " questions, " + sealed.cases()
                        + " cases, valid " + notBefore + " – " + notAfter + ", content SHA-256 " + sealed.contentSha256());
        return new ExportedPackage(sealed, file);
    }

    @Transactional(readOnly = true)
    public List<PackageRecord> exported() {
        return store.list(PackageRecord.Side.EXPORTED, 200);
    }

    /** The file of an exported package (encrypted for the operator; safe to hand out again on electronic media). */
    @Transactional(readOnly = true)
    public ExportedPackage exportedFile(UUID id) {
        store.find(PackageRecord.Side.EXPORTED, id, false).orElseThrow(() -> notFound(id));
        byte[] file = store.file(PackageRecord.Side.EXPORTED, id).orElseThrow(() -> notFound(id));
        PackageManifest manifest = PackageSealer.manifestOf(file);
        return new ExportedPackage(manifest, file);
    }

    // ---- the operator's side

    /** Checks a package completely (signature, chain, signer, window, recipient, hashes) without importing it. */
    @Transactional
    public Verification verify(byte[] file, String actor) {
        PackageSealer.Opened opened = open(file);
        PackageManifest manifest = opened.manifest();
        audit.record(actor, "itembank.package-verified", PACKAGE, manifest.packageId().toString(),
                "line " + manifest.line() + " version " + manifest.version());
        return new Verification(manifest, PackageSealer.subject(opened.signer()),
                store.highestVersion(PackageRecord.Side.IMPORTED, manifest.line()),
                store.exists(PackageRecord.Side.IMPORTED, manifest.packageId()));
    }

    /**
     * Imports a verified package: its questions and cases not yet in the bank are stored (encrypted at rest,
     * approved, with the Ministry's ids and versions) so forms are assembled from them; the line's older package is
     * superseded. Refuses a package that is not newer than every package of its line the operator has had.
     */
    @Transactional
    public PackageRecord importPackage(byte[] file, String actor) {
        PackageSealer.Opened opened = open(file);
        PackageManifest manifest = opened.manifest();
        store.lockLine(PackageRecord.Side.IMPORTED, manifest.line());
        if (store.exists(PackageRecord.Side.IMPORTED, manifest.packageId())) {
            throw PackageProblem.ALREADY_IMPORTED.refuse(manifest.packageId().toString());
        }
        int current = store.highestVersion(PackageRecord.Side.IMPORTED, manifest.line());
        if (manifest.version() <= current) {
            throw PackageProblem.OUTDATED.refuse(manifest.version(), current);
        }
        PackageContent content = readContent(opened.content().orElseThrow(), manifest);
        Instant now = clock.instant();

        Set<UUID> presentItems = store.presentItems(content.items().stream().map(PackageContent.PackagedItem::id).toList());
        Set<UUID> presentCases = store.presentCases(content.cases().stream().map(PackageContent.PackagedCase::id).toList());
        List<Object[]> itemEntries = new ArrayList<>();
        int insertedItems = 0;
        for (PackageContent.PackagedItem item : content.items()) {
            boolean insert = !presentItems.contains(item.id());
            if (insert) {
                bank.insertItem(new Item(item.id(), item.topic(), item.practice(), item.demonstration(),
                        new Review(ItemStatus.APPROVED, item.version(), item.author(), item.author(), item.reviewer()),
                        item.content()), now);
                insertedItems++;
            }
            itemEntries.add(new Object[]{item.id(), item.version(), insert});
        }
        List<Object[]> caseEntries = new ArrayList<>();
        int insertedCases = 0;
        for (PackageContent.PackagedCase c : content.cases()) {
            boolean insert = !presentCases.contains(c.id());
            if (insert) {
                bank.insertCase(new BankCase(c.id(), c.scope(), c.practice(), c.demonstration(),
                        new Review(ItemStatus.APPROVED, c.version(), c.author(), c.author(), c.reviewer()),
                        c.content()), now);
                insertedCases++;
            }
            caseEntries.add(new Object[]{c.id(), c.version(), insert});
        }
        String signer = PackageSealer.subject(opened.signer());
        store.insert(PackageRecord.Side.IMPORTED, manifest, PackageRecord.Status.ACTIVE, file, signer, insertedItems,
                insertedCases, actor, now);
        store.insertEntries(manifest.packageId(), "ITEM", itemEntries);
        store.insertEntries(manifest.packageId(), "CASE", caseEntries);
        audit.record(actor, "itembank.package-imported", PACKAGE, manifest.packageId().toString(),
                "line " + manifest.line() + " version " + manifest.version() + " signed by " + signer + ": "
                        + manifest.items() + " questions (" + insertedItems + " new), " + manifest.cases() + " cases ("
                        + insertedCases + " new)");
        for (UUID older : store.supersede(manifest.line(), manifest.packageId())) {
            int retired = retireOrphans(older, ACTIVE, now);
            audit.record(actor, "itembank.package-superseded", PACKAGE, older.toString(),
                    "by " + manifest.packageId() + " (version " + manifest.version() + "); " + retired
                            + " questions and cases it alone brought retired");
        }
        return store.find(PackageRecord.Side.IMPORTED, manifest.packageId(), false).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<PackageRecord> imported() {
        return store.list(PackageRecord.Side.IMPORTED, 200);
    }

    /**
     * Records the Ministry's withdrawal of a package (on either side's registry); on the operator's side the
     * questions and cases only it brought are retired, so no form draws them any more.
     */
    @Transactional
    public PackageRecord withdraw(PackageRecord.Side side, UUID id, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.package.reason-required");
        }
        PackageRecord record = store.find(side, id, true).orElseThrow(() -> notFound(id));
        if (record.status() == PackageRecord.Status.WITHDRAWN || record.status() == PackageRecord.Status.DESTROYED) {
            throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.package.wrong-status", record.status().name());
        }
        Instant now = clock.instant();
        store.withdraw(side, id, reason.strip(), actor, now);
        int retired = side == PackageRecord.Side.IMPORTED ? retireOrphans(id, ACTIVE, now) : 0;
        audit.record(actor, "itembank.package-withdrawn", PACKAGE, id.toString(),
                side + " line " + record.line() + " version " + record.version() + ": " + reason.strip()
                        + (side == PackageRecord.Side.IMPORTED ? "; " + retired + " questions and cases retired" : ""));
        return store.find(side, id, false).orElseThrow();
    }

    /**
     * Destroys the operator's copy (¶14: "уничтожение"): the file is deleted and the text and keys of the questions
     * and cases only this package brought are overwritten; the record stays as the account of destruction.
     */
    @Transactional
    public PackageRecord destroy(UUID id, String actor) {
        PackageRecord record = store.find(PackageRecord.Side.IMPORTED, id, true).orElseThrow(() -> notFound(id));
        if (record.status() == PackageRecord.Status.DESTROYED) {
            throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.package.wrong-status", record.status().name());
        }
        Instant now = clock.instant();
        store.destroy(id, actor, now);
        List<UUID> items = store.orphans(id, "ITEM", NOT_DESTROYED);
        List<UUID> cases = store.orphans(id, "CASE", NOT_DESTROYED);
        store.wipe("ITEM", items, now);
        store.wipe("CASE", cases, now);
        audit.record(actor, "itembank.package-destroyed", PACKAGE, id.toString(),
                "line " + record.line() + " version " + record.version() + " (was " + record.status() + "): file "
                        + record.fileSha256() + " deleted, content of " + items.size() + " questions and "
                        + cases.size() + " cases overwritten");
        return store.find(PackageRecord.Side.IMPORTED, id, false).orElseThrow();
    }

    // ----

    private PackageSealer.Opened open(byte[] file) {
        if (file == null || file.length == 0) {
            throw PackageProblem.MALFORMED.refuse();
        }
        if (file.length > properties.maxSize().toBytes()) {
            throw PackageProblem.TOO_LARGE.refuse(properties.maxSize().toMegabytes());
        }
        return PackageSealer.open(file, keys.trust(), Optional.of(keys.operatorKey()), clock.instant());
    }

    /** The content must be what the manifest says and every question and case must meet the catalogue's rules. */
    private PackageContent readContent(byte[] json, PackageManifest manifest) {
        PackageContent content;
        try {
            content = ContentCodec.read(json, PackageContent.class);
        } catch (RuntimeException e) {
            throw PackageProblem.CONTENT_INVALID.refuse("-");
        }
        if (content.items().size() != manifest.items() || content.cases().size() != manifest.cases()) {
            throw PackageProblem.CONTENT_INVALID.refuse("counts");
        }
        for (PackageContent.PackagedItem item : content.items()) {
            try {
                Item.draft(item.id(), item.topic(), item.content(), item.practice(), item.author(), rules);
            } catch (ItemBankRefusal e) {
                throw PackageProblem.CONTENT_INVALID.refuse(item.id().toString());
            }
        }
        for (PackageContent.PackagedCase c : content.cases()) {
            try {
                BankCase.draft(c.id(), c.scope(), c.content(), c.practice(), c.author(), rules);
            } catch (ItemBankRefusal e) {
                throw PackageProblem.CONTENT_INVALID.refuse(c.id().toString());
            }
        }
        return content;
    }

    private int retireOrphans(UUID packageId, Collection<PackageRecord.Status> live, Instant now) {
        return store.retire("ITEM", store.orphans(packageId, "ITEM", live), now)
                + store.retire("CASE", store.orphans(packageId, "CASE", live), now);
    }

    private static ItemBankRefusal notFound(UUID id) {
        return new ItemBankRefusal(Kind.NOT_FOUND, "itembank.package.not-found", id);
    }
}
