package kz.attest.delivery;

import kz.attest.itembank.CaseInvalidated;
import kz.attest.itembank.ItemBank;
import kz.attest.itembank.ItemInvalidations;
import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.HallPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed 000 ¶26, practical tasks: "faults in the practical tasks send the candidate to stage 2 again". A failed stage
 * that showed an invalidated case keeps its score, is voided by the act and asks for a new sitting of that stage; a
 * passed stage stands. Redelivered events change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class DeliveryCaseVoidingTests extends WithDeliveryFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ItemBank bank;
    @Autowired
    ItemInvalidations invalidations;
    @Autowired
    Rescoring rescoring;
    @Autowired
    TechnicalFailureActs acts;

    @Test
    void aFailedStageTwoThatShowedAFaultyCaseIsVoidedAndSatAgain_000_26(Scenario scenario) throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "ru", 2);
        int total = fixtures.key(attempt).size();
        int below = (65 * total + 99) / 100 - 1;
        fixtures.answer(session, attempt, below);
        mvc.perform(post("/exam/stages/2/finish").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        UUID faulty = plantFreshCaseFirst(attempt);

        AtomicReference<CaseInvalidated> drawn = new AtomicReference<>();
        Map<String, Object> row = voidAfter(scenario, () -> drawn.set(invalidations.invalidateCase(faulty,
                "Неверный ключ в задании", "Акт технического сбоя № 126", "reviewer-" + UUID.randomUUID())), attempt, faulty);
        CaseInvalidated invalidated = drawn.get();
        assertThat(row).containsEntry("correct_before", below).containsEntry("correct_after", below)
                .containsEntry("passed_before", false).containsEntry("passed_after", false)
                .containsEntry("next_stage", 2).containsEntry("act_reference", "Акт технического сбоя № 126");
        assertThat(jdbc.sql("SELECT state, correct, passed, original_correct, original_passed FROM delivery_attempt"
                + " WHERE id = ?").param(attempt).query().singleRow())
                .containsEntry("state", "FINISHED").containsEntry("correct", below).containsEntry("passed", false)
                .containsEntry("original_correct", below).containsEntry("original_passed", false);
        assertThat(acts.voided(attempt)).isTrue();
        assertThat(acts.ofSitting(checkIn.sittingId())).singleElement().satisfies(act -> {
            assertThat(act.effect()).isEqualTo(TechnicalFailureActs.Effect.VOIDED);
            assertThat(act.actReference()).isEqualTo("Акт технического сбоя № 126");
            assertThat(act.nextStage()).contains(2);
        });
        StageRescored published = awaitPublished(attempt);
        assertThat(published.stage()).isEqualTo(2);
        assertThat(published.nextStageToPlan()).contains(2);
        assertThat(published.passed()).isFalse();
        assertThat(published.originalCorrect()).isEqualTo(below);
        assertThat(published.correct()).isEqualTo(below);
        assertThat(published.invalidatedItemId()).isEqualTo(faulty);
        assertThat(published.applicationId()).isEqualTo(checkIn.applicationId());
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_id = ?").param(attempt.toString())
                .query(String.class).list()).contains("delivery.stage-voided");
        assertThat(notices(attempt)).containsExactly(Rescoring.NOTICE_VOIDED);

        // a redelivered event (at-least-once) changes nothing: no second event, notice or audit entry
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> rescoring.on(invalidated));
        assertThat(StageRescoredProbe.SEEN.stream().filter(e -> e.attemptId().equals(attempt))).hasSize(1);
        assertThat(notices(attempt)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = ? AND action = 'delivery.stage-voided'")
                .param(attempt.toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCandidateWhoPassedStageTwoDespiteTheFaultyCaseKeepsThePass_000_26(Scenario scenario) throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "kk", 2);
        int total = fixtures.key(attempt).size();
        int passing = (65 * total + 99) / 100;
        fixtures.answer(session, attempt, passing);
        mvc.perform(post("/exam/stages/2/finish").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        UUID faulty = plantFreshCaseFirst(attempt);

        assertThat(voidAfter(scenario, () -> invalidations.invalidateCase(faulty, "Два верных варианта", "Акт № 127",
                "reviewer-" + UUID.randomUUID()), attempt, faulty)).containsEntry("passed_before", true)
                .containsEntry("passed_after", true).containsEntry("next_stage", null);
        assertThat(jdbc.sql("SELECT correct, passed, original_correct FROM delivery_attempt WHERE id = ?")
                .param(attempt).query().singleRow())
                .containsEntry("correct", passing).containsEntry("passed", true).containsEntry("original_correct", null);
        assertThat(acts.voided(attempt)).isFalse();
        assertThat(acts.ofSitting(checkIn.sittingId())).singleElement()
                .satisfies(act -> assertThat(act.effect()).isEqualTo(TechnicalFailureActs.Effect.PASS_STANDS));
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_id = ?").param(attempt.toString())
                .query(String.class).list()).contains("delivery.case-invalidated-pass-stands");
        assertThat(StageRescoredProbe.SEEN.stream().filter(e -> e.attemptId().equals(attempt))).isEmpty();
        assertThat(notices(attempt)).isEmpty();
    }

    @Test
    void aStageRunningWhenTheCaseIsInvalidatedIsVoidedAfterItsFailedFinish_000_26(Scenario scenario) throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "ru", 2);
        UUID faulty = plantFreshCaseFirst(attempt);
        invalidations.invalidateCase(faulty, "Ошибка в условии", "Акт № 128", "reviewer-" + UUID.randomUUID());
        int total = fixtures.key(attempt).size();
        fixtures.answer(session, attempt, 3);

        assertThat(voidAfter(scenario, () -> {
            try {
                mvc.perform(post("/exam/stages/2/finish").session(session).with(csrf()))
                        .andExpect(status().is3xxRedirection());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, attempt, faulty)).containsEntry("correct_before", 3).containsEntry("total", total)
                .containsEntry("passed_after", false).containsEntry("next_stage", 2);
        assertThat(awaitPublished(attempt).nextStageToPlan()).contains(2);
        assertThat(acts.voided(attempt)).isTrue();
    }

    private UUID plantFreshCaseFirst(UUID attempt) {
        return DeliveryFixtures.plantFreshCaseFirst(jdbc, bank, attempt);
    }

    private List<String> notices(UUID attempt) {
        return jdbc.sql("SELECT template FROM notification_notice WHERE subject_type = 'Attempt' AND subject_id = ?")
                .param(attempt.toString()).query(String.class).list();
    }

    /**
     * The void happens after the stimulus commits (the invalidation, or the finish of a running stage), on another
     * thread: the scenario waits for its row instead of sleeping.
     */
    private Map<String, Object> voidAfter(Scenario scenario, Runnable stimulus, UUID attempt, UUID subject) {
        AtomicReference<Map<String, Object>> voided = new AtomicReference<>();
        scenario.stimulate(stimulus)
                // the listener path CaseVoidingCabinetTests gives 20 s: Awaitility's 10 s default is short on a loaded CI
                .andWaitAtMost(java.time.Duration.ofSeconds(30))
                .andWaitForStateChange(() -> jdbc.sql("SELECT * FROM delivery_rescore WHERE attempt_id = ? AND item_id = ?")
                        .params(attempt, subject).query().listOfRows().stream().findFirst(), Optional::isPresent)
                .andVerify(row -> voided.set(row.orElseThrow()));
        return voided.get();
    }

    /** Published in the same transaction as the void's row (the probe listens synchronously): seen once the row is. */
    private StageRescored awaitPublished(UUID attempt) {
        return StageRescoredProbe.SEEN.stream().filter(e -> e.attemptId().equals(attempt)).findFirst()
                .orElseThrow(() -> new AssertionError("no StageRescored for " + attempt));
    }
}
