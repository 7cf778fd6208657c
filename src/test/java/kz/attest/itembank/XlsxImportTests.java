package kz.attest.itembank;

import kz.attest.testing.Responses;
import kz.attest.catalogue.ServiceDefinition;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static kz.attest.itembank.ImportFiles.caseRow;
import static kz.attest.itembank.ImportFiles.fresh;
import static kz.attest.itembank.ImportFiles.item;
import static kz.attest.itembank.ImportFiles.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * XLSX import over the real database: all or nothing, imported content enters review authored by the importer,
 * every bad input refused with a report by sheet, row, field and reason (¶12, ¶13, ¶88, ¶11(2)).
 */
@SpringBootTest
@AutoConfigureMockMvc
class XlsxImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ItemBank bank;

    ResultActions upload(String author, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/v1/itembank/import")
                .file(new MockMultipartFile("file", name, XlsxWorkbook.CONTENT_TYPE, bytes))
                .with(user(author).roles("QUESTION_AUTHOR")).with(csrf()).param("lang", "en"));
    }

    ResultActions refused(byte[] bytes, String code) throws Exception {
        return refused("bank.xlsx", bytes, code);
    }

    ResultActions refused(String name, byte[] bytes, String code) throws Exception {
        return upload("author-" + UUID.randomUUID(), name, bytes)
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.code").value("itembank.import.refused"))
                .andExpect(jsonPath("$.problems[*].code", hasItem(code)));
    }

    boolean stored(String identifier) {
        return jdbc.sql("SELECT count(*) FROM itembank_item WHERE id = ?")
                .param(ImportBatch.idOf("item", identifier)).query(Integer.class).single() > 0;
    }

    static CaseScope serviceWithCases() {
        for (ServiceDefinition service : BankFixtures.CATALOGUE.all()) {
            try {
                BankFixtures.RULES.caseRule(CaseScope.service(service.code().value()));
                return CaseScope.service(service.code().value());
            } catch (ItemBankRefusal none) {
                // next
            }
        }
        throw new IllegalStateException("no service with cases");
    }

    static String topicWithMinimum(int minimum) {
        return BankFixtures.CATALOGUE.topics().stream().map(t -> t.code())
                .filter(t -> BankFixtures.RULES.minimumOptions(t) == minimum).findFirst().orElseThrow();
    }

    @Test
    void aWorkbookOfQuestionsAndACaseEntersReviewAuthoredByTheImporter_000_12() throws Exception {
        String author = "author-" + UUID.randomUUID();
        String a = fresh();
        String b = fresh();
        String c = fresh();
        CaseScope scope = serviceWithCases();
        BankRules.CaseRule rule = BankFixtures.RULES.caseRule(scope);
        List<List<String>> caseRows = new ArrayList<>();
        for (int q = 1; q <= rule.questionsPerCase(); q++) {
            caseRows.add(caseRow(c, "SERVICE", scope.code(), q == 1, q, rule.minimumOptions()));
        }
        upload(author, "bank.xlsx", workbook(List.of(item(a, "CIVIL_CODE", 3, "2", "no"),
                item(b, "CIVIL_CODE", 5, "5", "yes")), caseRows))
                .andExpect(status().isCreated())
                .andExpect(Responses.json("$.imported", true, "$.format", "xlsx", "$.items", 2, "$.cases", 1));

        UUID first = ImportBatch.idOf("item", a);
        ItemSummary summary = bank.itemSummary(first).orElseThrow();
        assertThat(summary.status()).isEqualTo(ItemStatus.IN_REVIEW);
        assertThat(summary.author()).isEqualTo(author);
        assertThat(summary.practice()).isFalse();
        assertThat(bank.itemSummary(ImportBatch.idOf("item", b)).orElseThrow().practice()).isTrue();
        ItemContent content = bank.readItem(first, "reader").content();
        assertThat(content.stem()).isEqualTo(new BankText(a + " сұрақ?", a + " вопрос?"));
        assertThat(content.options()).hasSize(3);
        assertThat(content.correctOption()).isEqualTo(1);
        CaseView bankCase = bank.readCase(ImportBatch.idOf("case", c), "reader");
        assertThat(bankCase.summary().status()).isEqualTo(ItemStatus.IN_REVIEW);
        assertThat(bankCase.content().questions()).hasSize(rule.questionsPerCase());
        assertThat(bankCase.content().situation().ru()).isEqualTo(c + " ситуация");

        bank.approveItem(first, "reviewer-" + UUID.randomUUID());
        assertThat(bank.itemSummary(first).orElseThrow().status()).isEqualTo(ItemStatus.APPROVED);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'itembank.imported' AND actor = ?")
                .param(author).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theTemplateFromTheAppImportsOnceFilledIn_000_12() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/itembank/import/template")
                        .with(user("author-" + UUID.randomUUID()).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String id = fresh();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertThat(workbook.getSheet("Topics").getLastRowNum()).isEqualTo(BankFixtures.CATALOGUE.topics().size());
            assertThat(workbook.getSheet("Scopes").getLastRowNum()).isPositive();
            var sheet = workbook.getSheet("Items");
            List<String> values = item(id, "LAND_CODE", 4, "3", "");
            var row = sheet.getRow(1);
            for (int c = 0; c < values.size(); c++) {
                if (row.getCell(c) != null) {
                    row.removeCell(row.getCell(c));
                }
                if (!values.get(c).isEmpty()) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            workbook.write(out);
            filled = out.toByteArray();
        }
        upload("author-" + UUID.randomUUID(), "filled.xlsx", filled).andExpect(status().isCreated())
                .andExpect(jsonPath("$.items").value(1));
        assertThat(stored(id)).isTrue();
    }

    @Test
    void aMissingLanguageIsReportedBySheetRowAndField_000_13() throws Exception {
        String good = fresh();
        List<String> bad = item(fresh(), "CIVIL_CODE", 3, "1", "");
        bad.set(3, "");
        bad.set(4 + 2 * 1, "");
        refused(workbook(List.of(item(good, "CIVIL_CODE", 3, "1", ""), bad), List.of()),
                "itembank.import.language-missing")
                .andExpect(status().isBadRequest())
                .andExpect(Responses.json("$.problems[0].location", "Items", "$.problems[0].row", 3,
                        "$.problems[0].field", "stem_ru", "$.problems[0].message", "A language is missing: ru.",
                        "$.problems[1].field", "option2_kk"));
        assertThat(stored(good)).isFalse();
    }

    @Test
    void twoCorrectOptionsAreRefused_000_13() throws Exception {
        String good = fresh();
        refused(workbook(List.of(item(good, "CIVIL_CODE", 3, "1", ""), item(fresh(), "CIVIL_CODE", 3, "1, 2", "")),
                List.of()), "itembank.import.one-correct")
                .andExpect(Responses.json("$.problems[0].field", "correct",
                        "$.problems[0].message", "Exactly one option must be correct, 2 marked."));
        assertThat(stored(good)).isFalse();
    }

    @Test
    void noCorrectOptionIsRefused_000_13() throws Exception {
        refused(workbook(List.of(item(fresh(), "CIVIL_CODE", 3, "", "")), List.of()), "itembank.import.one-correct")
                .andExpect(jsonPath("$.problems[0].message").value("Exactly one option must be correct, 0 marked."));
    }

    @Test
    void tooFewOptionsAreRefused_000_13() throws Exception {
        refused(workbook(List.of(item(fresh(), "CIVIL_CODE", 2, "1", "")), List.of()),
                "itembank.import.too-few-options")
                .andExpect(Responses.json("$.problems[0].row", 2, "$.problems[0].field", "options"));
    }

    @Test
    void patentTopicsNeedFourOptions_000_88() throws Exception {
        refused(workbook(List.of(item(fresh(), topicWithMinimum(4), 3, "1", "")), List.of()),
                "itembank.import.too-few-options")
                .andExpect(jsonPath("$.problems[0].message").value("Too few options: at least 4 needed, 3 given."));
    }

    @Test
    void anIdentifierTwiceInTheFileIsRefused_000_12() throws Exception {
        String id = fresh();
        refused(workbook(List.of(item(id, "CIVIL_CODE", 3, "1", ""), item(id, "CIVIL_CODE", 3, "2", "")), List.of()),
                "itembank.import.id-duplicate")
                .andExpect(Responses.json("$.problems[0].row", 3, "$.problems[0].field", "id"));
        assertThat(stored(id)).isFalse();
    }

    @Test
    void anIdentifierAlreadyInTheBankIsRefused_000_12() throws Exception {
        String id = fresh();
        upload("author-" + UUID.randomUUID(), "a.xlsx", workbook(List.of(item(id, "CIVIL_CODE", 3, "1", "")), List.of()))
                .andExpect(status().isCreated());
        String other = fresh();
        refused(workbook(List.of(item(other, "CIVIL_CODE", 3, "1", ""), item(id, "CIVIL_CODE", 3, "1", "")), List.of()),
                "itembank.import.id-exists")
                .andExpect(jsonPath("$.problems[0].row").value(3));
        assertThat(stored(other)).isFalse();
    }

    @Test
    void anUnknownTopicIsRefused_000_12() throws Exception {
        refused(workbook(List.of(item(fresh(), "NO_SUCH_LAW", 3, "1", "")), List.of()), "itembank.import.topic-unknown")
                .andExpect(jsonPath("$.problems[0].field").value("topic"));
    }

    @Test
    void aCaseWithoutItsFullSetOfQuestionsIsRefused_000_11() throws Exception {
        CaseScope scope = serviceWithCases();
        String c = fresh();
        refused(workbook(List.of(), List.of(caseRow(c, "SERVICE", scope.code(), true, 1, 3))),
                "itembank.import.case-question-count")
                .andExpect(jsonPath("$.problems[0].location").value("Cases"));
        assertThat(jdbc.sql("SELECT count(*) FROM itembank_case WHERE id = ?").param(ImportBatch.idOf("case", c))
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aFileOverTheSizeLimitIsRefused_000_14() throws Exception {
        byte[] big = new byte[(int) ImportProperties.defaults().maxFileSize().toBytes() + 1];
        big[0] = 'P';
        big[1] = 'K';
        big[2] = 3;
        big[3] = 4;
        refused(big, "itembank.import.too-large").andExpect(status().isPayloadTooLarge());
    }

    @Test
    void aMacroEnabledWorkbookIsRefused_000_14() throws Exception {
        byte[] workbook = workbook(List.of(item(fresh(), "CIVIL_CODE", 3, "1", "")), List.of());
        refused(ImportFiles.with(workbook, "xl/vbaProject.bin", new byte[]{1, 2, 3}), "itembank.import.macro");
        refused(ImportFiles.replace(workbook, "[Content_Types].xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml"), "itembank.import.macro");
        refused("bank.xlsm", workbook, "itembank.import.macro");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused_000_14() throws Exception {
        refused(ImportFiles.utf8("%PDF-1.7\n1 0 obj\n"), "itembank.import.not-supported")
                .andExpect(status().isBadRequest());
        refused(ImportFiles.zip(java.util.Map.of("hello.txt", ImportFiles.utf8("hello"))), "itembank.import.not-supported");
        refused(ImportFiles.zip(java.util.Map.of("[Content_Types].xml", ImportFiles.utf8("<Types/>"),
                "xl/workbook.xml", ImportFiles.utf8("<nonsense"))), "itembank.import.unreadable");
    }

    @Test
    void aZipBombIsRefusedBeforeItInflates_000_14() throws Exception {
        byte[] workbook = workbook(List.of(item(fresh(), "CIVIL_CODE", 3, "1", "")), List.of());
        refused(ImportFiles.with(workbook, "xl/worksheets/sheet1.xml", ImportFiles.zeros(4 * 1024 * 1024)),
                "itembank.import.zip-bomb");
    }

    @Test
    void anExternalEntityOrDtdInAPartIsRefused_000_14() throws Exception {
        byte[] workbook = workbook(List.of(item(fresh(), "CIVIL_CODE", 3, "1", "")), List.of());
        byte[] xxe = ImportFiles.replace(workbook, "xl/worksheets/sheet1.xml", "<worksheet",
                "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><worksheet");
        refused(xxe, "itembank.import.dtd")
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("sheet1.xml")));
    }

    @Test
    void importIsOnlyForQuestionAuthors_000_14() throws Exception {
        mvc.perform(multipart("/api/v1/itembank/import")
                        .file(new MockMultipartFile("file", "a.xlsx", XlsxWorkbook.CONTENT_TYPE, new byte[]{1}))
                        .with(user("proctor-" + UUID.randomUUID()).roles("PROCTOR")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theImportPageShowsTheReport_000_12() throws Exception {
        String author = "author-" + UUID.randomUUID();
        mvc.perform(get("/itembank/import").with(user(author).roles("QUESTION_AUTHOR")).param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(Responses.showing("id=\"upload\"", "/itembank/import/template"));
        String good = fresh();
        mvc.perform(multipart("/itembank/import")
                        .file(new MockMultipartFile("file", "bank.xlsx", XlsxWorkbook.CONTENT_TYPE,
                                workbook(List.of(item(good, "CIVIL_CODE", 3, "1", ""),
                                        item(fresh(), "CIVIL_CODE", 3, "", "")), List.of())))
                        .with(user(author).roles("QUESTION_AUTHOR")).with(csrf()).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(Responses.showing("id=\"problems\"", "Exactly one option must be correct, 0 marked."));
        assertThat(stored(good)).isFalse();
        mvc.perform(multipart("/itembank/import")
                        .file(new MockMultipartFile("file", "bank.xlsx", XlsxWorkbook.CONTENT_TYPE,
                                workbook(List.of(item(good, "CIVIL_CODE", 3, "1", "")), List.of())))
                        .with(user(author).roles("QUESTION_AUTHOR")).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Imported: 1 questions and 0 cases entered review.")));
        assertThat(stored(good)).isTrue();
    }
}
