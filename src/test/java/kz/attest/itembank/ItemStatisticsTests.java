package kz.attest.itembank;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static kz.attest.itembank.BankFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Delivered responses over the real database: recording (idempotent per attempt), the report, its page and XLSX. */
@SpringBootTest
@AutoConfigureMockMvc
class ItemStatisticsTests {

    static final String SERVICE = "ADVOCATE_ATTESTATION";

    @Autowired
    ItemStatistics statistics;
    @Autowired
    ItemBank bank;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** A question of the topic; left a draft so that it never enters the live forms other tests draw. */
    UUID bankItem(String topic) {
        return bank.createItem(new ItemDraft(topic, question("stat", 4), false), "author-" + UUID.randomUUID());
    }

    /** The same five attempts as in {@link StatisticsCalculatorTests}: facility 0.6, discrimination 0.74927. */
    List<AttemptResponses> fiveAttempts(UUID item, UUID other) {
        int[] totals = {8, 6, 5, 9, 3};
        Integer[] chosen = {2, 2, 0, 2, null};
        boolean[] correct = {true, true, false, true, false};
        List<AttemptResponses> attempts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            attempts.add(new AttemptResponses(UUID.randomUUID(), SERVICE, 1, BigDecimal.valueOf(totals[i]), List.of(
                    AttemptResponses.Response.item(item, chosen[i], correct[i]),
                    AttemptResponses.Response.item(other, 1, true))));
        }
        return attempts;
    }

    QuestionStatistics of(UUID id, Optional<String> service, Optional<String> topic) {
        return statistics.report(service, topic).stream().filter(s -> s.questionId().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void theReportComputesEachQuestionFromItsResponses() {
        UUID item = bankItem("CIVIL_CODE");
        UUID other = bankItem("ADVOCACY_LAW");
        fiveAttempts(item, other).forEach(statistics::record);

        QuestionStatistics s = of(item, Optional.of(SERVICE), Optional.of("CIVIL_CODE"));
        assertThat(s.shown()).isEqualTo(5);
        assertThat(s.topic()).contains("CIVIL_CODE");
        assertThat(s.facility()).isCloseTo(0.6, within(1e-9));
        assertThat(s.discrimination()).hasValueSatisfying(r -> assertThat(r).isCloseTo(0.74927, within(1e-5)));
        assertThat(s.optionCounts()).containsExactly(1, 0, 3, 0);
        assertThat(s.omitted()).isEqualTo(1);
        assertThat(statistics.report(Optional.of(SERVICE), Optional.of("CIVIL_CODE")))
                .noneMatch(r -> r.questionId().equals(other));
        assertThat(statistics.report(Optional.of("NOTARY_ATTESTATION"), Optional.empty()))
                .noneMatch(r -> r.questionId().equals(item));
    }

    @Test
    void recordingAnAttemptAgainReplacesItsResponses_idempotent() {
        UUID item = bankItem("CIVIL_CODE");
        UUID attempt = UUID.randomUUID();
        AttemptResponses wrong = new AttemptResponses(attempt, SERVICE, 1, BigDecimal.ZERO,
                List.of(AttemptResponses.Response.item(item, 0, false)));
        statistics.record(wrong);
        statistics.record(wrong);
        assertThat(of(item, Optional.empty(), Optional.empty()).shown()).isEqualTo(1);
        // a re-score records the attempt again: it replaces, never adds
        statistics.record(new AttemptResponses(attempt, SERVICE, 1, BigDecimal.ONE,
                List.of(AttemptResponses.Response.item(item, 3, true))));
        QuestionStatistics s = of(item, Optional.empty(), Optional.empty());
        assertThat(s.shown()).isEqualTo(1);
        assertThat(s.facility()).isEqualTo(1.0);
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY seq")
                .param(attempt.toString()).query(String.class).list())
                .containsExactly("itembank.responses-recorded", "itembank.responses-replaced",
                        "itembank.responses-replaced");
    }

    @Test
    void caseQuestionsAreCountedPerQuestionOfTheCase() {
        UUID caseId = UUID.randomUUID();
        statistics.record(new AttemptResponses(UUID.randomUUID(), SERVICE, 2, BigDecimal.ONE, List.of(
                AttemptResponses.Response.caseQuestion(caseId, 0, 1, true),
                AttemptResponses.Response.caseQuestion(caseId, 1, 0, false))));
        List<QuestionStatistics> rows = statistics.report(Optional.empty(), Optional.empty()).stream()
                .filter(r -> r.questionId().equals(caseId)).toList();
        assertThat(rows).extracting(r -> r.caseQuestion().orElseThrow()).containsExactlyInAnyOrder(0, 1);
        assertThat(rows).allMatch(r -> r.topic().isEmpty() && r.shown() == 1);
    }

    @Test
    void incompleteAttemptsAreRefusedAndNothingIsStored() {
        UUID attempt = UUID.randomUUID();
        assertThatThrownBy(() -> statistics.record(new AttemptResponses(attempt, SERVICE, 1, BigDecimal.valueOf(-1),
                List.of()))).isInstanceOf(ItemBankRefusal.class).hasMessage("itembank.statistics.attempt-incomplete");
        assertThatThrownBy(() -> statistics.record(new AttemptResponses(attempt, SERVICE, 1, BigDecimal.ONE,
                List.of(AttemptResponses.Response.item(UUID.randomUUID(), 9, true)))))
                .hasMessage("itembank.statistics.attempt-incomplete");
        assertThatThrownBy(() -> statistics.record(new AttemptResponses(attempt, SERVICE, 7, BigDecimal.ONE,
                List.of()))).hasMessage("itembank.form.unknown-stage");
        assertThat(jdbc.sql("SELECT count(*) FROM itembank_attempt WHERE attempt_id = ?").param(attempt)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void authorsSeeTheReportAndDownloadItAsXlsx() throws Exception {
        UUID item = bankItem("CIVIL_CODE");
        UUID other = bankItem("ADVOCACY_LAW");
        fiveAttempts(item, other).forEach(statistics::record);

        mvc.perform(get("/itembank/statistics").param("service", SERVICE).param("topic", "CIVIL_CODE")
                        .param("lang", "en").with(user("author").roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-question=\"" + item + "\"")))
                .andExpect(content().string(containsString("0.749")))
                .andExpect(content().string(containsString("Item statistics")));

        byte[] xlsx = mvc.perform(get("/itembank/statistics.xlsx").param("topic", "CIVIL_CODE").param("lang", "ru")
                        .with(user("author").roles("QUESTION_AUTHOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("item-statistics.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Лёгкость");
            var row = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(0).getStringCellValue().equals(item.toString())).findFirst().orElseThrow();
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(5);
            assertThat(row.getCell(4).getNumericCellValue()).isCloseTo(0.6, within(1e-9));
            assertThat(row.getCell(5).getNumericCellValue()).isCloseTo(0.74927, within(1e-5));
            assertThat(row.getCell(8 + 2).getNumericCellValue()).isEqualTo(3);
        }
    }

    @Test
    void proctorsAndCandidatesCannotReadStatistics() throws Exception {
        mvc.perform(get("/itembank/statistics").with(user("proctor").roles("PROCTOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/itembank/statistics").with(user("x").roles("APPLICANT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/itembank/statistics").param("topic", "NO_SUCH_TOPIC").param("lang", "en")
                .with(user("author").roles("QUESTION_AUTHOR"))).andExpect(status().isNotFound());
    }
}
