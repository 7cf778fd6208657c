package kz.attest.itembank;

import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** QTI 2.1 import and export over the real database: round trip into a clean set, audited export, roles (¶12, ¶14). */
@SpringBootTest
@AutoConfigureMockMvc
class QtiImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ItemBank bank;
    @Autowired
    BankImport imports;
    @Autowired
    ImportRows store;
    @Autowired
    TransactionTemplate transactions;

    UUID approvedItem(String topic, ItemContent content, boolean practice) {
        String author = "author-" + UUID.randomUUID();
        UUID id = bank.createItem(new ItemDraft(topic, content, practice), author);
        bank.submitItem(id, author);
        bank.approveItem(id, "reviewer-" + UUID.randomUUID());
        return id;
    }

    UUID approvedCase(CaseScope scope, CaseContent content) {
        String author = "author-" + UUID.randomUUID();
        UUID id = bank.createCase(new CaseDraft(scope, content, false), author);
        bank.submitCase(id, author);
        bank.approveCase(id, "reviewer-" + UUID.randomUUID());
        return id;
    }

    @Test
    void exportThenImportIntoACleanSetGivesTheSameBank_000_12() {
        CaseScope scope = XlsxImportTests.serviceWithCases();
        BankRules.CaseRule rule = BankFixtures.RULES.caseRule(scope);
        transactions.executeWithoutResult(tx -> {
            List<UUID> ids = List.of(approvedItem("CIVIL_CODE", BankFixtures.question("RT1 " + UUID.randomUUID(), 3), false),
                    approvedItem("INVENTIONS_UTILITY_MODELS", BankFixtures.question("RT2 " + UUID.randomUUID(), 5), true));
            UUID caseId = approvedCase(scope, BankFixtures.situation("RTC " + UUID.randomUUID(), rule.questionsPerCase(),
                    rule.minimumOptions()));
            List<Item> items = store.approvedItems(Set.of("CIVIL_CODE", "INVENTIONS_UTILITY_MODELS")).stream()
                    .filter(i -> ids.contains(i.id())).toList();
            List<BankCase> cases = store.approvedCases(Set.of(scope)).stream()
                    .filter(c -> c.id().equals(caseId)).toList();
            assertThat(items).hasSize(2);
            byte[] zip = imports.export(items, cases, "exporter", "round trip");

            // a clean set: the exported rows are gone (the whole test is rolled back)
            jdbc.sql("DELETE FROM itembank_item_version WHERE item_id IN (:ids)").param("ids", ids).update();
            jdbc.sql("DELETE FROM itembank_item WHERE id IN (:ids)").param("ids", ids).update();
            jdbc.sql("DELETE FROM itembank_case_version WHERE case_id = ?").param(caseId).update();
            jdbc.sql("DELETE FROM itembank_case WHERE id = ?").param(caseId).update();

            ImportReport report = imports.importFile("export.zip", zip, "importer", Locale.ENGLISH);
            assertThat(report.imported()).isTrue();
            assertThat(report.format()).isEqualTo("qti");
            assertThat(report.items()).isEqualTo(2);
            assertThat(report.cases()).isEqualTo(1);
            for (Item original : items) {
                ItemView back = bank.readItem(original.id(), "checker");
                assertThat(back.content()).isEqualTo(original.content());
                assertThat(back.summary().topic()).isEqualTo(original.topic());
                assertThat(back.summary().practice()).isEqualTo(original.practice());
                assertThat(back.summary().status()).isEqualTo(ItemStatus.IN_REVIEW);
                assertThat(back.summary().author()).isEqualTo("importer");
            }
            CaseView back = bank.readCase(caseId, "checker");
            assertThat(back.content()).isEqualTo(cases.getFirst().content());
            assertThat(back.summary().scope()).isEqualTo(scope);
            tx.setRollbackOnly();
        });
    }

    @Test
    void reImportingAnExportIntoTheSameBankIsADuplicate_000_12() throws Exception {
        UUID id = approvedItem("CIVIL_CODE", BankFixtures.question("DUP " + UUID.randomUUID(), 3), false);
        Item item = store.approvedItems(Set.of("CIVIL_CODE")).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow();
        byte[] zip = QtiPackage.write(List.of(item), List.of());
        mvc.perform(multipart("/api/v1/itembank/import").file(new MockMultipartFile("file", "x.zip", "application/zip", zip))
                        .with(user("author-" + UUID.randomUUID()).roles("QUESTION_AUTHOR")).with(csrf()).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].code").value("itembank.import.id-exists"))
                .andExpect(jsonPath("$.problems[0].location").value("items/item-" + id + ".xml"));
    }

    @Test
    void aQtiPackageImportsThroughTheApi_000_12() throws Exception {
        Item fresh = QtiPackageTests.approved("CRIMINAL_CODE", BankFixtures.question("QTI " + UUID.randomUUID(), 4), false);
        byte[] zip = QtiPackage.write(List.of(fresh), List.of());
        String author = "author-" + UUID.randomUUID();
        mvc.perform(multipart("/api/v1/itembank/import").file(new MockMultipartFile("file", "p.zip", "application/zip", zip))
                        .with(user(author).roles("QUESTION_AUTHOR")).with(csrf()).param("lang", "en"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("qti"))
                .andExpect(jsonPath("$.items").value(1));
        assertThat(bank.itemSummary(fresh.id()).orElseThrow().author()).isEqualTo(author);
        assertThat(bank.readItem(fresh.id(), "checker").content()).isEqualTo(fresh.content());
    }

    @Test
    void aPackageWithPathTraversalIsRefusedThroughTheApi_000_14() throws Exception {
        byte[] zip = ImportFiles.with(QtiPackageTests.onePackage(), "../../etc/cron.d/evil", ImportFiles.utf8("x"));
        mvc.perform(multipart("/api/v1/itembank/import").file(new MockMultipartFile("file", "p.zip", "application/zip", zip))
                        .with(user("author-" + UUID.randomUUID()).roles("QUESTION_AUTHOR")).with(csrf()).param("lang", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[*].code", hasItem("itembank.import.zip-path")))
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.startsWith("Недопустимый путь")));
    }

    @Test
    void anExportIsAuditedAndHoldsTheApprovedQuestionsOfTheTopic_000_14() throws Exception {
        UUID id = approvedItem("NOTARIAT_LAW", BankFixtures.question("EXP " + UUID.randomUUID(), 3), false);
        String author = "author-" + UUID.randomUUID();
        byte[] zip = mvc.perform(get("/api/v1/itembank/export/qti").param("topic", "NOTARIAT_LAW")
                        .with(user(author).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(ImportFiles.entries(zip)).containsKeys("imsmanifest.xml", "items/item-" + id + ".xml");
        assertThat(ImportFiles.entries(zip).keySet()).allMatch(n -> n.equals("imsmanifest.xml") || n.startsWith("items/item-"));
        List<String> summaries = jdbc.sql("SELECT summary FROM audit_entry WHERE action = 'itembank.exported' AND actor = ?")
                .param(author).query(String.class).list();
        assertThat(summaries).singleElement().asString().contains("NOTARIAT_LAW", "SHA-256 " + DigestUtils.sha256Hex(zip));
    }

    @Test
    void aServiceExportHoldsItsCasesAndRefusesUnknownCodes_000_14() throws Exception {
        CaseScope scope = XlsxImportTests.serviceWithCases();
        BankRules.CaseRule rule = BankFixtures.RULES.caseRule(scope);
        UUID caseId = approvedCase(scope, BankFixtures.situation("EXC " + UUID.randomUUID(), rule.questionsPerCase(),
                rule.minimumOptions()));
        byte[] zip = mvc.perform(get("/api/v1/itembank/export/qti").param("service", scope.code())
                        .with(user("author-" + UUID.randomUUID()).roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(ImportFiles.entries(zip)).containsKey("items/case-" + caseId + ".xml");
        mvc.perform(get("/api/v1/itembank/export/qti").param("service", "NOPE")
                        .with(user("author-" + UUID.randomUUID()).roles("QUESTION_AUTHOR")).param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("itembank.export.unknown-service"));
    }

    @Test
    void onlyQuestionAuthorsExportTheBank_000_14() throws Exception {
        for (String role : List.of("PROCTOR", "APPLICANT", "PROVIDER_OFFICER")) {
            mvc.perform(get("/api/v1/itembank/export/qti").with(user("someone-" + UUID.randomUUID()).roles(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/itembank/export/qti").with(user("someone-" + UUID.randomUUID()).roles(role)))
                    .andExpect(status().isForbidden());
        }
    }
}
