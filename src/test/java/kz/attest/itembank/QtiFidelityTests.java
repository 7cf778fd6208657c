package kz.attest.itembank;

import kz.attest.catalogue.ServiceCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * QTI 2.1 import fidelity without the database (issue 13, points 5–7): {@code shuffle="false"} and
 * {@code fixed="true"} are kept and honoured (assembly, preview, export); content outside the prompt is kept in order
 * or named as a problem; every problem of every item is reported; a one-language item is named.
 */
class QtiFidelityTests {

    static final String PASSAGE_RU = passage();
    static final String PASSAGE_KK = "Үзінді: " + "Нотариус мәмілені куәландырады. ".repeat(8).strip();

    /** A 305-character Russian passage (Cyrillic), as in the report of issue 13. */
    private static String passage() {
        String text = "Нотариус удостоверяет сделки, свидетельствует верность копий документов и подлинность подписи. "
                .repeat(4);
        String cut = text.substring(0, 305);
        assertThat(cut).hasSize(305);
        return cut;
    }

    static String manifest(Map<String, String> itemsAndTopics) {
        StringBuilder resources = new StringBuilder();
        itemsAndTopics.forEach((href, topic) -> resources.append("""
                <resource identifier="%s" type="imsqti_item_xmlv2p1" href="%s"><metadata>
                <lom xmlns="http://ltsc.ieee.org/xsd/LOM"><classification><taxonPath><source><string>attest-kz:topic</string></source>
                <taxon><id>%s</id></taxon></taxonPath></classification></lom></metadata><file href="%s"/></resource>
                """.formatted(href.replace('/', '-'), href, topic, href)));
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m"><organizations/><resources>
                %s</resources></manifest>""".formatted(resources);
    }

    static String item(String identifier, String body, String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="%s" title="t" adaptive="false" timeDependent="false">
                <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
                <correctResponse><value>%s</value></correctResponse></responseDeclaration>
                <itemBody>%s</itemBody></assessmentItem>""".formatted(identifier, key, body);
    }

    static String choice(String id, String kk, String ru, boolean fixed) {
        return "<simpleChoice identifier=\"" + id + "\"" + (fixed ? " fixed=\"true\"" : "") + "><span xml:lang=\"kk\">" + kk
                + "</span><span xml:lang=\"ru\">" + ru + "</span></simpleChoice>";
    }

    /** A Cyrillic item: a lead-in, a 305-character passage, the prompt; options A–D, "None of the above" fixed. */
    static String cyrillicItem(String identifier, String shuffle) {
        return item(identifier, """
                <p><span xml:lang="kk">Үзіндіні оқыңыз.</span><span xml:lang="ru">Прочитайте отрывок.</span></p>
                <div class="passage"><p xml:lang="kk">%s</p><p xml:lang="ru">%s</p></div>
                <choiceInteraction responseIdentifier="RESPONSE" shuffle="%s" maxChoices="1">
                <prompt><span xml:lang="kk">Нотариус не істейді?</span><span xml:lang="ru">Что делает нотариус?</span></prompt>
                %s%s%s%s</choiceInteraction>""".formatted(PASSAGE_KK, PASSAGE_RU, shuffle,
                choice("A", "Мәмілені куәландырады", "Удостоверяет сделки", false),
                choice("B", "Сот шешімін шығарады", "Выносит решения суда", false),
                choice("C", "Заң қабылдайды", "Принимает законы", false),
                choice("D", "Жоғарыдағылардың ешқайсысы", "Ничего из перечисленного", true)), "A");
    }

    static byte[] pack(Map<String, String> files, String topic) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Map<String, String> topics = new LinkedHashMap<>();
        files.keySet().forEach(href -> topics.put(href, topic));
        entries.put("imsmanifest.xml", ImportFiles.utf8(manifest(topics)));
        files.forEach((href, xml) -> entries.put(href, ImportFiles.utf8(xml)));
        return ImportFiles.zip(entries);
    }

    static ImportCheck.Outcome read(byte[] zip, boolean oneLanguageAsDraft) {
        ImportBatch batch = QtiPackage.read(SafeZip.unpack(zip, QtiPackageTests.LIMITS));
        return new ImportCheck(BankFixtures.RULES, oneLanguageAsDraft).check(batch, ids -> Set.of(), ids -> Set.of());
    }

    // ---- point 5: shuffle="false", fixed="true"

    @Test
    void fixedNoneOfTheAboveStaysLastInEveryFormAndPreviewAndIsExportedBack() {
        ImportCheck.Outcome outcome = read(pack(Map.of("items/a.xml", cyrillicItem("NOTARY-1", "true")), "CIVIL_CODE"),
                false);
        assertThat(outcome.problems()).isEmpty();
        ItemContent content = outcome.items().getFirst().draft().content();
        assertThat(content.layout()).isEqualTo(OptionLayout.fixedAt(List.of(3)));

        // form assembly: the pool carries the layout; over many seeds option D is always shown last, the others move
        Set<List<Integer>> orders = new java.util.HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            List<Integer> order = content.layout().order(4, new Random(seed));
            assertThat(order.get(3)).isEqualTo(3);
            orders.add(order);
        }
        assertThat(orders).hasSize(6);
        // the author's preview
        for (long seed = 0; seed < 50; seed++) {
            assertThat(Forms.preview(content, Locale.forLanguageTag("ru"), seed).options().getLast())
                    .isEqualTo("Ничего из перечисленного");
        }
        // the export writes both back, and reads back to the same content
        Item item = QtiPackageTests.approved("CIVIL_CODE", content, false);
        byte[] exported = QtiPackage.write(List.of(item), List.of());
        String xml = new String(ImportFiles.entries(exported).get("items/item-" + item.id() + ".xml"), StandardCharsets.UTF_8);
        assertThat(xml).contains("shuffle=\"true\"").contains("<simpleChoice identifier=\"D\" fixed=\"true\">");
        assertThat(QtiPackageTests.read(exported).items().getFirst().draft().content()).isEqualTo(content);
    }

    @Test
    void shuffleFalseKeepsTheAuthorsOrderEverywhereAndIsExportedBack() {
        ImportCheck.Outcome outcome = read(pack(Map.of("items/a.xml", cyrillicItem("NOTARY-2", "false")), "CIVIL_CODE"),
                false);
        ItemContent content = outcome.items().getFirst().draft().content();
        assertThat(content.layout()).isEqualTo(OptionLayout.ORDERED);
        for (long seed = 0; seed < 20; seed++) {
            assertThat(content.layout().order(4, new Random(seed))).containsExactly(0, 1, 2, 3);
            assertThat(Forms.preview(content, Locale.forLanguageTag("kk"), seed).options().getFirst())
                    .isEqualTo("Мәмілені куәландырады");
        }
        Item item = QtiPackageTests.approved("CIVIL_CODE", content, false);
        byte[] exported = QtiPackage.write(List.of(item), List.of());
        String xml = new String(ImportFiles.entries(exported).get("items/item-" + item.id() + ".xml"), StandardCharsets.UTF_8);
        assertThat(xml).contains("shuffle=\"false\"").doesNotContain("shuffle=\"true\"");
        assertThat(QtiPackageTests.read(exported).items().getFirst().draft().content()).isEqualTo(content);
    }

    @Test
    void formAssemblyHonoursTheLayoutsOfQuestionsAndCases() {
        var service = BankFixtures.CATALOGUE.all().stream().filter(s -> s.code().equals(new ServiceCode("NOTARY_ATTESTATION")))
                .findFirst().orElseThrow();
        var stage = service.stages().stream().filter(s -> s.blueprint().isPresent()).findFirst().orElseThrow();
        List<BankPool.PoolItem> items = new ArrayList<>();
        for (var quota : stage.blueprint().orElseThrow().quotas()) {
            for (int i = 0; i < quota.count(); i++) {
                OptionLayout layout = i % 2 == 0 ? OptionLayout.ORDERED : OptionLayout.fixedAt(List.of(0, 4));
                items.add(new BankPool.PoolItem(UUID.randomUUID(), 1, quota.topic(), 5, layout));
            }
        }
        java.util.Map<UUID, OptionLayout> layouts = new java.util.HashMap<>();
        items.forEach(i -> layouts.put(i.id(), i.layout()));
        AssembledForm form = new FormAssembler(new BankPool(items, List.of()))
                .assemble(service.code(), stage, java.util.Optional.empty(), 42L, Set.of());
        assertThat(form.items()).isNotEmpty();
        for (FormItem shown : form.items()) {
            OptionLayout layout = layouts.get(shown.itemId());
            if (layout.ordered()) {
                assertThat(shown.optionOrder()).containsExactly(0, 1, 2, 3, 4);
            } else {
                assertThat(shown.optionOrder().getFirst()).isZero();
                assertThat(shown.optionOrder().getLast()).isEqualTo(4);
            }
        }
    }

    @Test
    void theDefaultLayoutDrawsTheSameOrdersAsBefore() {
        // recorded seeds must reproduce recorded forms: the default layout draws exactly Collections.shuffle
        for (long seed = 0; seed < 20; seed++) {
            List<Integer> before = new ArrayList<>(List.of(0, 1, 2, 3));
            java.util.Collections.shuffle(before, new Random(seed));
            assertThat(OptionLayout.SHUFFLED.order(4, new Random(seed))).isEqualTo(before);
        }
        assertThat(OptionLayout.parseCodes(OptionLayout.codes(List.of(OptionLayout.SHUFFLED, OptionLayout.ORDERED,
                OptionLayout.fixedAt(List.of(2, 3)))), 3)).containsExactly(OptionLayout.SHUFFLED, OptionLayout.ORDERED,
                OptionLayout.fixedAt(List.of(2, 3)));
        assertThat(OptionLayout.codes(List.of(OptionLayout.SHUFFLED))).isNull();
    }

    // ---- point 6: content outside the prompt

    @Test
    void aCyrillicItemKeepsItsLeadInAnd305CharacterPassageInOrderBeforeThePrompt() {
        ImportCheck.Outcome outcome = read(pack(Map.of("items/a.xml", cyrillicItem("NOTARY-3", "true")), "CIVIL_CODE"),
                false);
        assertThat(outcome.problems()).isEmpty();
        BankText stem = outcome.items().getFirst().draft().content().stem();
        assertThat(stem.ru()).isEqualTo("Прочитайте отрывок.\n" + PASSAGE_RU.strip() + "\nЧто делает нотариус?");
        assertThat(stem.ru()).contains(PASSAGE_RU.strip());
        assertThat(stem.kk()).isEqualTo("Үзіндіні оқыңыз.\n" + PASSAGE_KK + "\nНотариус не істейді?");
    }

    @Test
    void everyProblemOfEveryItemIsReportedEvenWhenOnePartHasADoctype() {
        String good = cyrillicItem("NOTARY-4", "true");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("items/doctype.xml", good.replace("<assessmentItem",
                "<!DOCTYPE assessmentItem [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><assessmentItem")
                .replace("NOTARY-4", "NOTARY-5"));
        files.put("items/image.xml", cyrillicItem("NOTARY-6", "true")
                .replace("<div class=\"passage\">", "<div class=\"passage\"><img src=\"images/map.png\" alt=\"map\"/>"));
        files.put("items/media.xml", cyrillicItem("NOTARY-7", "true")
                .replace("<div class=\"passage\">", "<div class=\"passage\"><object data=\"clip.mp4\" type=\"video/mp4\"/>")
                .replace("</itemBody>", "<p><textEntryInteraction responseIdentifier=\"R2\"/></p></itemBody>"));
        files.put("items/fine.xml", good);
        ImportCheck.Outcome outcome = read(pack(files, "CIVIL_CODE"), false);
        assertThat(outcome.problems()).extracting(ImportProblem.Found::location, ImportProblem.Found::code)
                .contains(tuple("items/doctype.xml", "itembank.import.dtd"),
                        tuple("items/image.xml", "itembank.import.qti-image"),
                        tuple("items/media.xml", "itembank.import.qti-unsupported"),
                        tuple("items/media.xml", "itembank.import.qti-interaction"));
        assertThat(outcome.problems()).filteredOn(p -> p.code().equals("itembank.import.qti-image"))
                .singleElement().satisfies(p -> assertThat(p.arguments()).containsExactly("images/map.png"));
        assertThat(outcome.items()).isEmpty();
    }

    @Test
    void anItemWithAnotherInteractionOnlyNamesIt() {
        String textEntry = item("ENTRY-1", "<p>Жауап / Ответ: <textEntryInteraction responseIdentifier=\"RESPONSE\"/></p>", "A");
        assertThat(read(pack(Map.of("items/t.xml", textEntry), "CIVIL_CODE"), false).problems())
                .extracting(ImportProblem.Found::code)
                .containsExactly("itembank.import.qti-interaction", "itembank.import.qti-no-interaction");
    }

    @Test
    void feedbackTheBankCannotShowIsNamedNotDropped() {
        String withFeedback = cyrillicItem("NOTARY-8", "true").replace("</assessmentItem>",
                "<modalFeedback outcomeIdentifier=\"FEEDBACK\" identifier=\"A\" showHide=\"show\">Верно</modalFeedback></assessmentItem>");
        assertThat(read(pack(Map.of("items/f.xml", withFeedback), "CIVIL_CODE"), false).problems())
                .extracting(ImportProblem.Found::code).containsExactly("itembank.import.qti-unsupported");
    }

    // ---- point 7: one language

    @Test
    void aOneLanguageItemIsOneProblemNamingTheMissingLanguageOrADraftWhenAsked() {
        String russianOnly = item("RU-ONLY-1", """
                <p>Прочитайте отрывок.</p><div>%s</div>
                <choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">
                <prompt>Что делает нотариус?</prompt>
                <simpleChoice identifier="A">Удостоверяет сделки</simpleChoice>
                <simpleChoice identifier="B">Выносит решения суда</simpleChoice>
                <simpleChoice identifier="C">Принимает законы</simpleChoice></choiceInteraction>""".formatted(PASSAGE_RU), "A")
                .replace("<assessmentItem ", "<assessmentItem xml:lang=\"ru\" ");
        byte[] zip = pack(Map.of("items/ru.xml", russianOnly), "CIVIL_CODE");

        ImportCheck.Outcome refused = read(zip, false);
        assertThat(refused.problems()).extracting(ImportProblem.Found::code, ImportProblem.Found::arguments)
                .containsExactly(tuple("itembank.import.one-language", List.of("ru", "kk")));

        ImportCheck.Outcome drafted = read(zip, true);
        assertThat(drafted.problems()).isEmpty();
        ImportCheck.Checked<ItemDraft> draft = drafted.items().getFirst();
        assertThat(draft.missingLanguage()).isEqualTo("kk");
        assertThat(draft.draft().content().stem().ru()).startsWith("Прочитайте отрывок.\n" + PASSAGE_RU.strip());
        assertThat(draft.draft().content().stem().kk()).isEmpty();
    }

    @Test
    void anUntaggedKazakhItemIsReadAsKazakh() {
        String kazakhOnly = item("KK-ONLY-1", """
                <choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">
                <prompt>Нотариус не істейді?</prompt>
                <simpleChoice identifier="A">Мәмілені куәландырады</simpleChoice>
                <simpleChoice identifier="B">Сот шешімін шығарады</simpleChoice>
                <simpleChoice identifier="C">Заң қабылдайды</simpleChoice></choiceInteraction>""", "A");
        ImportCheck.Outcome drafted = read(pack(Map.of("items/kk.xml", kazakhOnly), "CIVIL_CODE"), true);
        assertThat(drafted.problems()).isEmpty();
        assertThat(drafted.items().getFirst().missingLanguage()).isEqualTo("ru");
    }
}
