package kz.attest.decision;

import java.time.Duration;
import org.springframework.modulith.test.Scenario;
import org.springframework.modulith.test.EnableScenarios;
import kz.attest.testing.BankFixtures;
import kz.attest.itembank.BankText;
import kz.attest.itembank.ItemBank;
import kz.attest.itembank.ItemContent;
import kz.attest.itembank.ItemInvalidations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Seed 000 ¶26: the candidate's cabinet shows the act of technical failure that voided a stage. */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class CaseVoidingCabinetTests extends WithDecisionCollaborators {

    @Autowired
    ItemBank bank;
    @Autowired
    ItemInvalidations invalidations;

    @Test
    void theCabinetShowsTheActThatVoidedStageTwo_000_26(Scenario scenario) throws Exception {
        String iin = DecisionFixtures.freshApplicant(accounts);
        long account = accounts.findByLoginName(iin).orElseThrow().accountId();
        String service = "ADVOCATE_ATTESTATION";
        Instant at = ResultsRegisterTests.FRIDAY;
        long application = DecisionFixtures.admittedApplication(jdbc, account, service, "dj-almaty", at);
        UUID sitting = UUID.randomUUID();
        UUID faulty = retiredCase();
        // the delivery side's record of the sitting: stage 2 failed on a form that showed the faulty case
        jdbc.sql("""
                        INSERT INTO delivery_sitting (id, session_id, application_id, account_id, iin, full_name, service,
                                                      centre_id, hall_id, seat_id, seat_label, state, checked_in_at)
                        VALUES (?, ?, ?, ?, ?, 'Сериков Асан', ?, 'tc-almaty', ?, ?, 'A-1', 'COMPLETED', ?)""")
                .params(sitting, UUID.randomUUID(), application, account, iin, service, UUID.randomUUID(),
                        UUID.randomUUID(), Timestamp.from(at)).update();
        UUID attempt = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO delivery_attempt (id, sitting_id, stage, state, duration_seconds, form, finished_at,
                                                      finish_reason, correct, total, threshold, passed)
                        VALUES (?, ?, 2, 'FINISHED', 1800, CAST(? AS jsonb), ?, 'CANDIDATE', 7, 20, 65, false)""")
                .params(attempt, sitting, "{\"seed\":1,\"items\":[],\"cases\":[{\"caseId\":\"" + faulty
                        + "\",\"version\":1,\"optionOrders\":[[0,1,2,3]]}]}", Timestamp.from(at)).update();
        DecisionFixtures.publish(events, tx,
                DecisionFixtures.scored(sitting, application, account, service, 2, 35, false, at),
                DecisionFixtures.completed(sitting, application, account, service, false, at));

        // the void happens after the invalidation commits, on another thread: the scenario waits for its row
        scenario.stimulate(() -> invalidations.invalidateCase(faulty, "Ошибка в условии задания",
                        "Акт № 226 от 21.11.2026", "reviewer-" + UUID.randomUUID()))
                .andWaitAtMost(Duration.ofSeconds(20))
                .andWaitForStateChange(() -> jdbc.sql("SELECT count(*) FROM delivery_rescore WHERE attempt_id = ?"
                        + " AND item_id = ?").params(attempt, faulty).query(Integer.class).single(), voids -> voids > 0)
                .andVerify(voids -> assertThat(voids).as("attempt " + attempt + " voided").isPositive());

        MockHttpSession session = signIn(iin);
        mvc.perform(get("/cabinet/results").param("lang", "en").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Stage 2: voided by the act of technical failure Акт № 226 от 21.11.2026")));
        mvc.perform(get("/cabinet/results").param("lang", "kk").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Акт № 226 от 21.11.2026")));

        // the downloadable sheet prints it too, in Russian and Kazakh
        byte[] docx = mvc.perform(get("/cabinet/results/" + sitting + ".docx").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx))) {
            List<String> lines = document.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList();
            org.assertj.core.api.Assertions.assertThat(lines)
                    .contains("Этап 2 аннулирован актом технического сбоя Акт № 226 от 21.11.2026 (ошибка в"
                            + " практическом задании): этап проходится повторно (п. 26).")
                    .anyMatch(line -> line.startsWith("2-кезең техникалық ақау актісімен Акт № 226"));
        }
        mvc.perform(get("/cabinet/results/" + sitting + ".pdf").session(session)).andExpect(status().isOk());
    }

    private UUID retiredCase() {
        int needed = kz.attest.catalogue.Catalogue.bundled().get(kz.attest.catalogue.ServiceCode.of("ADVOCATE_ATTESTATION"))
                .stage(2).orElseThrow().cases().orElseThrow().questionsPerCase();
        List<ItemContent> questions = IntStream.rangeClosed(1, needed)
                .mapToObj(q -> new ItemContent(new BankText("сұрақ " + q, "вопрос " + q),
                        IntStream.rangeClosed(1, 4).mapToObj(i -> new BankText("жауап " + i, "ответ " + i)).toList(),
                        0))
                .toList();
        return BankFixtures.retiredCase(bank, new BankText("жағдай", "ситуация"), questions);
    }
}
