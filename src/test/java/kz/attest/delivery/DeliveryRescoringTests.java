package kz.attest.delivery;

import kz.attest.itembank.AssembledForm;
import kz.attest.itembank.FormItem;
import kz.attest.itembank.ItemBank;
import kz.attest.itembank.ItemInvalidations;
import kz.attest.itembank.ItemStatistics;
import kz.attest.itembank.QuestionStatistics;
import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.HallPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scored attempts feed the question bank's statistics; an invalidated question (¶26) re-scores every finished attempt
 * that showed it, in the candidate's favour, keeping the original score. The delivery module's test: booted with the
 * modules it depends on; the re-score after the invalidation's commit is awaited with a {@link Scenario}.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
class DeliveryRescoringTests extends WithDeliveryFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ItemStatistics statistics;
    @Autowired
    ItemBank bank;
    @Autowired
    ItemInvalidations invalidations;

    @Test
    void aScoredAttemptIsRecordedForItemStatisticsInTheBanksOptionOrder_000_47() throws Exception {
        MockHttpSession session = fixtures.started(
                DeliveryFixtures.checkIn("NOTARY_ATTESTATION", List.of(1), HallPolicy.open()));
        UUID attempt = fixtures.startStage(session, "ru", 1);
        FormItem first = form(attempt).items().getFirst();
        int shown = IntStream.range(0, first.optionOrder().size()).filter(i -> first.optionOrder().get(i) != i)
                .findFirst().orElse(0);
        int stored = first.optionOrder().get(shown);
        Optional<QuestionStatistics> before = statisticsOf(first.itemId());
        fixtures.save(session, attempt, 1, shown, 1).andExpect(status().isOk());
        mvc.perform(post("/exam/stages/1/finish").session(session).with(csrf())).andExpect(status().is3xxRedirection());

        QuestionStatistics after = statisticsOf(first.itemId()).orElseThrow();
        assertThat(after.shown()).isEqualTo(before.map(QuestionStatistics::shown).orElse(0) + 1);
        assertThat(after.optionCounts().get(stored))
                .isEqualTo(before.map(s -> s.optionCounts().get(stored)).orElse(0) + 1);
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_id = ?").param(attempt.toString())
                .query(String.class).list()).contains("itembank.responses-recorded");
    }

    @Test
    void anAttemptAtSixtyNinePercentBecomesSeventyAndGainsStageTwo_000_26(Scenario scenario) throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "ru", 1);
        UUID faulty = plantFreshQuestionLast(attempt);
        fixtures.answer(session, attempt, 69);
        mvc.perform(post("/exam/stages/1/finish").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(states(checkIn.sittingId())).containsExactly("FINISHED", "NOT_ADMITTED");

        Map<String, Object> rescore = rescoreAfter(scenario, () -> invalidations.invalidate(faulty,
                "Ключ указан неверно", "Акт технического сбоя № 26", "reviewer-" + UUID.randomUUID()), attempt, faulty);
        assertThat(rescore).containsEntry("correct_before", 69).containsEntry("correct_after", 70)
                .containsEntry("passed_before", false).containsEntry("passed_after", true)
                .containsEntry("next_stage", 2).containsEntry("act_reference", "Акт технического сбоя № 26");
        Map<String, Object> row = jdbc.sql("SELECT correct, passed, original_correct, original_passed, total"
                + " FROM delivery_attempt WHERE id = ?").param(attempt).query().singleRow();
        assertThat(row).containsEntry("correct", 70).containsEntry("passed", true).containsEntry("total", 100)
                .containsEntry("original_correct", 69).containsEntry("original_passed", false);
        assertThat(states(checkIn.sittingId())).containsExactly("FINISHED", AttemptRow.TO_BE_PLANNED);
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_id = ?").param(attempt.toString())
                .query(String.class).list()).contains("delivery.stage-rescored", "itembank.responses-replaced");
        assertThat(jdbc.sql("SELECT template FROM notification_notice WHERE subject_type = 'Attempt' AND subject_id = ?")
                .param(attempt.toString()).query(String.class).list()).containsExactly(Rescoring.NOTICE_ADMITTED);
    }

    @Test
    void anAttemptThatAlreadyPassedStaysPassedWithTheNewScoreKeptBesideTheOriginal_000_26(Scenario scenario)
            throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "kk", 1);
        UUID faulty = plantFreshQuestionLast(attempt);
        fixtures.answer(session, attempt, 75);
        mvc.perform(post("/exam/stages/1/finish").session(session).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(rescoreAfter(scenario, () -> invalidations.invalidate(faulty, "Два верных варианта", "Акт № 27",
                "reviewer-" + UUID.randomUUID()), attempt, faulty)).containsEntry("correct_before", 75).containsEntry("correct_after", 76)
                .containsEntry("passed_before", true).containsEntry("passed_after", true)
                .containsEntry("next_stage", null);
        Map<String, Object> row = jdbc.sql("SELECT correct, passed, original_correct, original_passed"
                + " FROM delivery_attempt WHERE id = ?").param(attempt).query().singleRow();
        assertThat(row).containsEntry("correct", 76).containsEntry("passed", true)
                .containsEntry("original_correct", 75).containsEntry("original_passed", true);
        assertThat(states(checkIn.sittingId())).containsExactly("FINISHED", "WAITING");
        assertThat(jdbc.sql("SELECT template FROM notification_notice WHERE subject_type = 'Attempt' AND subject_id = ?")
                .param(attempt.toString()).query(String.class).list()).containsExactly(Rescoring.NOTICE_RESCORED);
    }

    private UUID plantFreshQuestionLast(UUID attempt) {
        return DeliveryFixtures.plantFreshQuestionLast(jdbc, bank, attempt);
    }

    private AssembledForm form(UUID attempt) {
        return JSON.readValue(jdbc.sql("SELECT form::text FROM delivery_attempt WHERE id = ?").param(attempt)
                .query(String.class).single(), AssembledForm.class);
    }

    private List<String> states(UUID sittingId) {
        return jdbc.sql("SELECT state FROM delivery_attempt WHERE sitting_id = ? ORDER BY stage").param(sittingId)
                .query(String.class).list();
    }

    private Optional<QuestionStatistics> statisticsOf(UUID questionId) {
        return statistics.report(Optional.of("NOTARY_ATTESTATION"), Optional.empty()).stream()
                .filter(s -> s.questionId().equals(questionId) && s.caseQuestion().isEmpty()).findFirst();
    }

    /**
     * The re-score happens after the invalidation commits, on another thread: the scenario runs the invalidation in
     * its transaction and waits for the re-score's row, without sleeping.
     */
    private Map<String, Object> rescoreAfter(Scenario scenario, Runnable invalidation, UUID attempt, UUID item) {
        AtomicReference<Map<String, Object>> rescore = new AtomicReference<>();
        scenario.stimulate(invalidation)
                // the listener path CaseVoidingCabinetTests gives 20 s: Awaitility's 10 s default is short on a loaded CI
                .andWaitAtMost(java.time.Duration.ofSeconds(30))
                .andWaitForStateChange(() -> jdbc.sql("SELECT * FROM delivery_rescore WHERE attempt_id = ? AND item_id = ?")
                        .params(attempt, item).query().listOfRows().stream().findFirst(), Optional::isPresent)
                .andVerify(row -> rescore.set(row.orElseThrow()));
        return rescore.get();
    }
}
