package kz.attest.itembank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** QTI 2.1 packages without the database: round trip, language variants, hardened XML and zip handling. */
class QtiPackageTests {

    static final ImportProperties LIMITS = ImportProperties.defaults();

    static Item approved(String topic, ItemContent content, boolean practice) {
        return new Item(UUID.randomUUID(), topic, practice, false,
                new Review(ItemStatus.APPROVED, 2, "author", "author", "reviewer"), content);
    }

    static BankCase approvedCase(CaseScope scope, CaseContent content) {
        return new BankCase(UUID.randomUUID(), scope, false, false,
                new Review(ItemStatus.APPROVED, 1, "author", "author", "reviewer"), content);
    }

    static ImportCheck.Outcome read(byte[] zip) {
        ImportBatch batch = QtiPackage.read(SafeZip.unpack(zip, LIMITS));
        return new ImportCheck(BankFixtures.RULES).check(batch, ids -> Set.of(), ids -> Set.of());
    }

    static String code(byte[] zip) {
        try {
            ImportCheck.Outcome outcome = read(zip);
            return outcome.problems().isEmpty() ? "none" : outcome.problems().getFirst().code();
        } catch (SafeZip.Refused refused) {
            return refused.code;
        }
    }

    static byte[] onePackage() {
        return QtiPackage.write(List.of(approved("CIVIL_CODE", BankFixtures.question("Q", 4), false)), List.of());
    }

    static String itemFile(byte[] zip) {
        return ImportFiles.entries(zip).keySet().stream().filter(n -> n.startsWith("items/")).findFirst().orElseThrow();
    }

    @Test
    void exportThenImportGivesTheSameQuestionsAndCases_000_12() {
        CaseScope scope = XlsxImportTests.serviceWithCases();
        BankRules.CaseRule rule = BankFixtures.RULES.caseRule(scope);
        ItemContent tricky = new ItemContent(new BankText("Жол 1\nжол 2 <&> \"тырнақша\"", "Строка 1\nстрока 2 <&>"),
                List.of(new BankText("a & b", "а & б"), new BankText("<x/>", "]]>"), new BankText("ә", "ё"),
                        new BankText("ү", "ы")), 3);
        List<Item> items = List.of(approved("CIVIL_CODE", BankFixtures.question("Q1", 3), false),
                approved("INVENTIONS_UTILITY_MODELS", tricky, true));
        List<BankCase> cases = List.of(approvedCase(scope,
                BankFixtures.situation("C", rule.questionsPerCase(), rule.minimumOptions())));

        ImportCheck.Outcome outcome = read(QtiPackage.write(items, cases));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.items()).hasSize(2);
        for (int i = 0; i < items.size(); i++) {
            ImportCheck.Checked<ItemDraft> back = outcome.items().get(i);
            assertThat(back.id()).isEqualTo(items.get(i).id());
            assertThat(back.draft()).isEqualTo(new ItemDraft(items.get(i).topic(), items.get(i).content(),
                    items.get(i).practice()));
        }
        assertThat(outcome.cases()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(cases.getFirst().id());
            assertThat(c.draft()).isEqualTo(new CaseDraft(scope, cases.getFirst().content(), false));
        });
    }

    @Test
    void bothLanguagesLiveInOneItemTaggedWithXmlLang_000_13() {
        byte[] zip = onePackage();
        String item = new String(ImportFiles.entries(zip).get(itemFile(zip)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(item).contains("http://www.imsglobal.org/xsd/imsqti_v2p1", "maxChoices=\"1\"",
                "cardinality=\"single\"", "xml:lang=\"kk\"", "xml:lang=\"ru\"", "<correctResponse><value>D</value>");
        String manifest = new String(ImportFiles.entries(zip).get("imsmanifest.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(manifest).contains("imsqti_item_xmlv2p1", "attest-kz:topic", "CIVIL_CODE");
    }

    @Test
    void aQtiQuestionMissingALanguageIsReported_000_13() {
        byte[] zip = onePackage();
        byte[] broken = ImportFiles.replace(zip, itemFile(zip), "<span xml:lang=\"ru\">Q вопрос</span>",
                "<span xml:lang=\"ru\"></span>");
        ImportCheck.Outcome outcome = read(broken);
        assertThat(outcome.problems()).extracting(ImportProblem.Found::code, ImportProblem.Found::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("itembank.import.language-missing", "stem_ru"));
        assertThat(outcome.problems().getFirst().location()).isEqualTo(itemFile(zip));
        assertThat(outcome.items()).isEmpty();
    }

    @Test
    void aQtiQuestionWithTwoCorrectOptionsOrMultipleCardinalityIsReported_000_13() {
        byte[] zip = onePackage();
        byte[] two = ImportFiles.replace(zip, itemFile(zip), "<value>D</value>", "<value>D</value><value>A</value>");
        assertThat(read(two).problems()).extracting(ImportProblem.Found::code).contains("itembank.import.one-correct");
        byte[] multiple = ImportFiles.replace(zip, itemFile(zip), "cardinality=\"single\"", "cardinality=\"multiple\"");
        assertThat(code(multiple)).isEqualTo("itembank.import.qti-cardinality");
        byte[] choices = ImportFiles.replace(zip, itemFile(zip), "maxChoices=\"1\"", "maxChoices=\"2\"");
        assertThat(code(choices)).isEqualTo("itembank.import.qti-max-choices");
    }

    @Test
    void aQtiQuestionWithTooFewOptionsIsReported_000_13() {
        byte[] zip = QtiPackage.write(List.of(approved("CIVIL_CODE", BankFixtures.question("Q", 2), false)), List.of());
        assertThat(code(zip)).isEqualTo("itembank.import.too-few-options");
    }

    @Test
    void anUnknownTopicInTheManifestIsReported_000_12() {
        byte[] zip = ImportFiles.replace(onePackage(), "imsmanifest.xml", "<id>CIVIL_CODE</id>", "<id>NO_LAW</id>");
        assertThat(code(zip)).isEqualTo("itembank.import.topic-unknown");
    }

    @Test
    void aDuplicateIdentifierInOnePackageIsReported_000_12() {
        Item a = approved("CIVIL_CODE", BankFixtures.question("A", 3), false);
        Item b = approved("CIVIL_CODE", BankFixtures.question("B", 3), false);
        byte[] zip = ImportFiles.replace(QtiPackage.write(List.of(a, b), List.of()), "items/item-" + b.id() + ".xml",
                "identifier=\"item-" + b.id() + "\"", "identifier=\"item-" + a.id() + "\"");
        assertThat(code(zip)).isEqualTo("itembank.import.id-duplicate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.xml", "items/../../evil.xml", "/etc/evil.xml", "C:/evil.xml", "items\\..\\evil.xml"})
    void entriesLeavingThePackageAreRefused_000_14(String name) {
        Map<String, byte[]> entries = new LinkedHashMap<>(ImportFiles.entries(onePackage()));
        entries.put(name, ImportFiles.utf8("<x/>"));
        assertThat(code(ImportFiles.zip(entries))).isEqualTo("itembank.import.zip-path");
    }

    @Test
    void aManifestPointingOutsideThePackageFindsNothing_000_14() {
        byte[] zip = onePackage();
        String file = itemFile(zip);
        byte[] outside = ImportFiles.replace(zip, "imsmanifest.xml", "href=\"" + file + "\"", "href=\"../" + file + "\"");
        assertThat(code(outside)).isEqualTo("itembank.import.qti-file-missing");
    }

    @Test
    void tooManyEntriesOrTooMuchDataAreRefused_000_14() {
        byte[] zip = onePackage();
        ImportProperties few = new ImportProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(100), 1, 100);
        assertThatThrownBy(() -> SafeZip.unpack(zip, few)).isInstanceOfSatisfying(SafeZip.Refused.class,
                r -> assertThat(r.code).isEqualTo("itembank.import.zip-entries"));
        ImportProperties small = new ImportProperties(DataSize.ofMegabytes(10), DataSize.ofBytes(100), 100, 100);
        assertThatThrownBy(() -> SafeZip.unpack(zip, small)).isInstanceOfSatisfying(SafeZip.Refused.class,
                r -> assertThat(r.code).isEqualTo("itembank.import.zip-bomb"));
    }

    @Test
    void aZipBombIsRefused_000_14() {
        byte[] bomb = ImportFiles.with(onePackage(), "items/bomb.xml", ImportFiles.zeros(8 * 1024 * 1024));
        assertThat(code(bomb)).isEqualTo("itembank.import.zip-bomb");
    }

    @Test
    void externalEntitiesAndDtdsAreRefused_000_14() {
        byte[] zip = onePackage();
        byte[] xxe = ImportFiles.replace(zip, itemFile(zip), "<assessmentItem",
                "<!DOCTYPE assessmentItem [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><assessmentItem");
        assertThat(code(xxe)).isEqualTo("itembank.import.dtd");
        String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        assertThatThrownBy(() -> QtiPackage.parse("x.xml", utf16.getBytes(java.nio.charset.StandardCharsets.UTF_16)))
                .isInstanceOfSatisfying(SafeZip.Refused.class, r -> assertThat(r.code).isEqualTo("itembank.import.dtd"));
    }

    @Test
    void theHardenedParserItselfRefusesADoctype_000_14() {
        String xxe = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        assertThatThrownBy(() -> QtiPackage.builder().parse(SafeZip.stream(ImportFiles.utf8(xxe))))
                .isInstanceOf(org.xml.sax.SAXException.class);
    }
}
