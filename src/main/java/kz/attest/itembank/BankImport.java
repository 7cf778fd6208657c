package kz.attest.itembank;

import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.codec.digest.DigestUtils;
import kz.attest.audit.AuditLog;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.TopicQuota;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports questions and cases from an XLSX workbook or a QTI 2.1 content package, all or nothing, and exports
 * approved content as a QTI 2.1 package (issue 4; ¶12, ¶14). Imported content enters review (IN_REVIEW), authored
 * by the importer, so a second person still approves every question (four eyes). Every import and export is audited.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BankImport {

    static final String IMPORT = "ItemBankImport";
    static final String EXPORT = "ItemBankExport";

    private final ImportRows store;
    private final BankRows bank;
    private final BankRules rules;
    private final ImportProperties limits;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    /**
     * Reads, checks and stores the file in one transaction; on any problem throws {@link ImportRefusal} carrying
     * the report of every problem (localized to {@code locale}) and stores nothing.
     */
    @Transactional
    public ImportReport importFile(String fileName, byte[] bytes, String actor, Locale locale) {
        return importFile(fileName, bytes, actor, locale, false);
    }

    /**
     * As {@link #importFile(String, byte[], String, Locale)}; with {@code oneLanguageAsDraft} a question or case
     * written in one language only is stored as a draft that needs its translation (the report names the missing
     * language; review refuses it until translated) instead of being a problem (issue 13, point 7).
     */
    @Transactional
    public ImportReport importFile(String fileName, byte[] bytes, String actor, Locale locale,
                                   boolean oneLanguageAsDraft) {
        ImportBatch batch = read(fileName, bytes, locale);
        ImportCheck.Outcome outcome = new ImportCheck(rules, oneLanguageAsDraft)
                .check(batch, store::existingItems, store::existingCases);
        if (!outcome.problems().isEmpty()) {
            throw refusal(ImportRefusal::invalid, batch.format(), outcome.problems(), locale);
        }
        Instant now = clock.instant();
        List<ImportProblem.Found> drafts = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (ImportCheck.Checked<ItemDraft> c : outcome.items()) {
            Review review = Review.draftBy(actor);
            if (c.needsTranslation()) {
                drafts.add(ImportProblem.found("item-" + c.id(), 0, "language",
                        "itembank.import.draft-needs-translation", c.missingLanguage()));
            } else {
                review.submit();
            }
            items.add(new Item(c.id(), c.draft().topic(), c.draft().practice(), false, review, c.draft().content()));
        }
        List<BankCase> cases = new ArrayList<>();
        for (ImportCheck.Checked<CaseDraft> c : outcome.cases()) {
            Review review = Review.draftBy(actor);
            if (c.needsTranslation()) {
                drafts.add(ImportProblem.found("case-" + c.id(), 0, "language",
                        "itembank.import.draft-needs-translation", c.missingLanguage()));
            } else {
                review.submit();
            }
            cases.add(new BankCase(c.id(), c.draft().scope(), c.draft().practice(), false, review,
                    c.draft().content()));
        }
        try {
            bank.insertItems(items, now);
            bank.insertCases(cases, now);
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            // another import stored one of these identifiers since the check: the transaction rolls back
            throw refusal(ImportRefusal::clash, batch.format(), List.of(ImportProblem.found(safeName(fileName), 0, "id",
                    "itembank.import.concurrent")), locale);
        }
        UUID importId = UUID.randomUUID();
        audit.record(actor, "itembank.imported", IMPORT, importId.toString(),
                batch.format() + " " + safeName(fileName) + " (SHA-256 " + DigestUtils.sha256Hex(bytes) + "): " + items.size()
                        + " questions, " + cases.size() + " cases"
                        + (drafts.isEmpty() ? " entered review" : ", " + drafts.size() + " of them one-language drafts"
                        + " awaiting translation, the rest entered review"));
        return new ImportReport(importId, batch.format(), true, items.size(), cases.size(), List.of(),
                drafts.stream().map(p -> p.localize(messages, locale)).toList());
    }

    private ImportBatch read(String fileName, byte[] bytes, Locale locale) {
        try {
            if (bytes == null || bytes.length == 0) {
                throw new SafeZip.Refused("itembank.import.empty-file", "");
            }
            if (bytes.length > limits.maxFileSize().toBytes()) {
                throw refusal(ImportRefusal::tooLarge, "?", List.of(ImportProblem.found(safeName(fileName), 0,
                        "", "itembank.import.too-large", limits.maxFileSize().toKilobytes())), locale);
            }
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsm") || name.endsWith(".xltm") || name.endsWith(".xlam")) {
                throw new SafeZip.Refused("itembank.import.macro", "");
            }
            if (!SafeZip.looksLikeZip(bytes)) {
                throw new SafeZip.Refused("itembank.import.not-supported", "");
            }
            Map<String, byte[]> entries = SafeZip.unpack(bytes, limits);
            if (entries.containsKey(QtiPackage.MANIFEST)) {
                return QtiPackage.read(entries);
            }
            if (entries.containsKey("[Content_Types].xml")) {
                return XlsxWorkbook.read(bytes, entries);
            }
            throw new SafeZip.Refused("itembank.import.not-supported", "");
        } catch (SafeZip.Refused refused) {
            throw refusal(ImportRefusal::invalid, "?", List.of(ImportProblem.found(safeName(fileName), 0, "",
                    refused.code, refused.argument)), locale);
        }
    }

    private ImportRefusal refusal(java.util.function.Function<ImportReport, ImportRefusal> kind, String format,
                                  List<ImportProblem.Found> found, Locale locale) {
        List<ImportProblem> problems = found.stream().map(p -> p.localize(messages, locale)).toList();
        return kind.apply(new ImportReport(null, format, false, 0, 0, problems));
    }

    // ---- export

    /**
     * Approved questions (of the service's blueprint topics, or of one topic) and approved cases (of the service
     * or its expert specialties) as a QTI 2.1 package; the export is audited with its counts.
     */
    @Transactional
    public byte[] exportQti(Optional<String> service, Optional<String> topic, String actor) {
        Set<String> topics = new LinkedHashSet<>();
        Set<CaseScope> scopes = new LinkedHashSet<>();
        Catalogue catalogue = rules.catalogue();
        service.ifPresent(code -> {
            ServiceDefinition definition = catalogue.all().stream().filter(s -> s.code().value().equals(code))
                    .findFirst().orElseThrow(() -> new ItemBankRefusal(Kind.BAD_INPUT, "itembank.export.unknown-service", code));
            definition.stages().forEach(stage -> stage.blueprint().ifPresent(b -> b.quotas().stream()
                    .map(TopicQuota::topic).forEach(topics::add)));
            scopes.add(CaseScope.service(code));
            catalogue.specialtiesFor(definition.code()).forEach(s -> scopes.add(CaseScope.specialty(s.code())));
        });
        topic.ifPresent(code -> {
            rules.minimumOptions(code);
            if (service.isPresent() && !topics.contains(code)) {
                throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.export.topic-not-in-service", code, service.get());
            }
            topics.clear();
            topics.add(code);
        });
        List<Item> items = store.approvedItems(topics);
        List<BankCase> cases = topic.isPresent() ? List.of() : store.approvedCases(scopes);
        return export(items, cases, actor, service.orElse("*") + "/" + topic.orElse("*"));
    }

    /** Exports exactly these approved questions and cases (the round trip and the package tools use it). */
    byte[] export(List<Item> items, List<BankCase> cases, String actor, String selection) {
        byte[] zip = QtiPackage.write(items, cases);
        audit.record(actor, "itembank.exported", EXPORT, UUID.randomUUID().toString(),
                "QTI 2.1 " + selection + ": " + items.size() + " questions, " + cases.size() + " cases (SHA-256 "
                        + DigestUtils.sha256Hex(zip) + ")");
        return zip;
    }

    /** The XLSX template with the catalogue's topic and scope codes. */
    public byte[] template(Locale locale) {
        return XlsxWorkbook.template(rules.catalogue(), rules, locale);
    }

    private static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        name = name.replaceAll("[\\p{Cntrl}]", "");
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

}
