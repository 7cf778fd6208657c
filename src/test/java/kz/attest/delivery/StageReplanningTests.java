package kz.attest.delivery;

import com.jayway.jsonpath.JsonPath;
import kz.attest.identity.Accounts;
import kz.attest.identity.ApplicantRegistration;
import kz.attest.itembank.ItemBank;
import kz.attest.itembank.ItemInvalidations;
import kz.attest.testing.StoredApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed 000 ¶26 end to end: a question of stage 1 is invalidated on an act of technical failure, the re-score passes
 * stage 1, the provider's letter asks the operator for a new sitting, a session planned with stage 2 offers the
 * candidate, the check-in prepares stage 2 only, which opens at once (no stage 1 to wait for in this sitting) and is
 * scored; the register shows the earlier sitting's re-scored stage 1 beside the new stage 2.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class StageReplanningTests extends WithDeliveryFixtures {

    private static final String SERVICE = "ADVOCATE_ATTESTATION";

    @Autowired
    ItemBank bank;
    @Autowired
    ItemInvalidations invalidations;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;

    @Test
    void aRescoredStageOneLeadsToAStageTwoSittingThatOpensAtOnceAndTheRegisterShowsBoth_000_26(Scenario scenario)
            throws Exception {
        long application = admitted();
        String hall = hall("Re-score hall");

        // the first sitting: stage 1 at 69 of 100, below the 70 % threshold
        String first = plan(hall, "");
        String firstSitting = assign(first, application);
        Map<String, Object> checkIn = checkIn(first, firstSitting);
        MockHttpSession workstation = fixtures.startAt(UUID.fromString((String) checkIn.get("seatId")),
                (String) checkIn.get("workstationCode"));
        UUID stageOne = fixtures.startStage(workstation, "ru", 1);
        UUID faulty = plantFreshQuestionLast(stageOne);
        fixtures.answer(workstation, stageOne, 69);
        mvc.perform(post("/exam/stages/1/finish").session(workstation).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(states(firstSitting)).containsExactly("FINISHED", "NOT_ADMITTED");

        // the act of technical failure invalidates the question: stage 1 passes, the provider writes to the operator
        // (the letter is awaited once its planning request is made, which is its last column to change)
        Map<String, Object> letter = after(scenario, () -> invalidations.invalidate(faulty, "Ключ указан неверно",
                        "Акт технического сбоя № 126", "reviewer-" + UUID.randomUUID()),
                () -> letter(stageOne).filter(row -> Boolean.TRUE.equals(row.get("planning_requested"))));
        assertThat(letter).containsEntry("next_stage", 2).containsEntry("rescored_stage", 1)
                .containsEntry("provider_id", "dj-almaty").containsEntry("act_reference", "Акт технического сбоя № 126")
                .containsEntry("application_id", application).containsEntry("planning_requested", true);
        assertThat(jdbc.sql("SELECT stage FROM scheduling_stage_request WHERE previous_sitting_id = ?")
                .param(UUID.fromString(firstSitting)).query(Integer.class).list()).containsExactly(2);
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_id = ?").param(firstSitting)
                .query(String.class).list()).contains("decision.stage-letter", "scheduling.stage-requested",
                "decision.result-rescored");

        // a session of stage 2 offers the candidate, although the application already had a sitting
        String second = plan(hall, ", \"stages\": [2]");
        mvc.perform(get("/api/v1/operator/sessions/" + second + "/eligible").with(as("operator-admin")))
                .andExpect(jsonPath("$[?(@.applicationId == " + application + ")].source").value("STAGE_REQUEST"))
                .andExpect(jsonPath("$[?(@.applicationId == " + application + ")].stages[*]")
                        .value(org.hamcrest.Matchers.contains(2)));
        String secondSitting = assign(second, application);
        assertThat(jdbc.sql("SELECT template FROM notification_notice WHERE subject_type = 'Application' AND subject_id = ?"
                        + " ORDER BY id").param(Long.toString(application)).query(String.class).list())
                .endsWith("scheduling.assigned-restage");
        mvc.perform(get("/api/v1/operator/sessions/" + second + "/eligible").with(as("operator-admin")))
                .andExpect(jsonPath("$[?(@.applicationId == " + application + ")]", org.hamcrest.Matchers.empty()));

        // the check-in prepares stage 2 only; it opens at once and is scored
        Map<String, Object> again = checkIn(second, secondSitting);
        MockHttpSession workstation2 = fixtures.startAt(UUID.fromString((String) again.get("seatId")),
                (String) again.get("workstationCode"));
        assertThat(states(secondSitting)).containsExactly("WAITING");
        UUID stageTwo = fixtures.startStage(workstation2, "ru", 2);
        List<Integer> key = fixtures.key(stageTwo);
        fixtures.answer(workstation2, stageTwo, key.size());
        mvc.perform(post("/exam/stages/2/finish").session(workstation2).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT passed FROM delivery_attempt WHERE id = ?").param(stageTwo).query(Boolean.class)
                .single()).isTrue();

        // the register: the new sitting shows the re-scored stage 1 of the earlier sitting beside stage 2
        mvc.perform(get("/api/v1/office/results").with(as("officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.sittingId == '" + secondSitting + "')].stages[*].stage")
                        .value(org.hamcrest.Matchers.contains(1, 2)))
                .andExpect(jsonPath("$[?(@.sittingId == '" + secondSitting + "')].stages[0].correct").value(70))
                .andExpect(jsonPath("$[?(@.sittingId == '" + secondSitting + "')].stages[0].passed").value(true))
                .andExpect(jsonPath("$[?(@.sittingId == '" + secondSitting + "')].passed").value(true))
                .andExpect(jsonPath("$[?(@.sittingId == '" + firstSitting + "')].stages[0].correct").value(70));
    }

    @Test
    void aFaultyPracticalTaskSendsTheCandidateToStageTwoAgainAtANewSitting_000_26(Scenario scenario) throws Exception {
        long application = admitted();
        String hall = hall("Case hall");

        // the first sitting: stage 1 passed, stage 2 failed on a form whose first case turns out to be faulty
        String first = plan(hall, "");
        String firstSitting = assign(first, application);
        Map<String, Object> checkIn = checkIn(first, firstSitting);
        MockHttpSession workstation = fixtures.startAt(UUID.fromString((String) checkIn.get("seatId")),
                (String) checkIn.get("workstationCode"));
        UUID stageOne = fixtures.startStage(workstation, "kk", 1);
        fixtures.answer(workstation, stageOne, 100);
        mvc.perform(post("/exam/stages/1/finish").session(workstation).with(csrf())).andExpect(status().is3xxRedirection());
        UUID stageTwo = fixtures.startStage(workstation, "kk", 2);
        UUID faulty = DeliveryFixtures.plantFreshCaseFirst(jdbc, bank, stageTwo);
        fixtures.answer(workstation, stageTwo, 3);
        mvc.perform(post("/exam/stages/2/finish").session(workstation).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT passed FROM delivery_attempt WHERE id = ?").param(stageTwo).query(Boolean.class)
                .single()).isFalse();

        // the act of technical failure in the practical task: the provider asks the operator for stage 2 again
        // (awaited until the letter is written and the operator's module has recorded the request for a stage)
        Map<String, Object> letter = after(scenario, () -> invalidations.invalidateCase(faulty, "Екі дұрыс жауап",
                        "Акт технического сбоя № 226", "reviewer-" + UUID.randomUUID()),
                () -> letter(stageTwo).filter(row -> jdbc.sql("SELECT stage FROM scheduling_stage_request"
                        + " WHERE previous_sitting_id = ?").param(UUID.fromString(firstSitting)).query(Integer.class)
                        .optional().isPresent()));
        assertThat(letter).containsEntry("next_stage", 2).containsEntry("rescored_stage", 2)
                .containsEntry("act_reference", "Акт технического сбоя № 226");

        // a stage-2 session offers the candidate; they sit stage 2 only and pass
        String second = plan(hall, ", \"stages\": [2]");
        mvc.perform(get("/api/v1/operator/sessions/" + second + "/eligible").with(as("operator-admin")))
                .andExpect(jsonPath("$[?(@.applicationId == " + application + ")].source").value("STAGE_REQUEST"));
        String secondSitting = assign(second, application);
        Map<String, Object> again = checkIn(second, secondSitting);
        MockHttpSession workstation2 = fixtures.startAt(UUID.fromString((String) again.get("seatId")),
                (String) again.get("workstationCode"));
        assertThat(states(secondSitting)).containsExactly("WAITING");
        UUID newStageTwo = fixtures.startStage(workstation2, "kk", 2);
        fixtures.answer(workstation2, newStageTwo, fixtures.key(newStageTwo).size());
        mvc.perform(post("/exam/stages/2/finish").session(workstation2).with(csrf())).andExpect(status().is3xxRedirection());

        // the register shows the first sitting's stage 1 beside the new stage 2; the failed stage 2 is kept as it was
        mvc.perform(get("/api/v1/office/results").with(as("officer")))
                .andExpect(jsonPath("$[?(@.sittingId == '" + secondSitting + "')].stages[*].stage")
                        .value(org.hamcrest.Matchers.contains(1, 2)))
                .andExpect(jsonPath("$[?(@.sittingId == '" + secondSitting + "')].passed").value(true))
                .andExpect(jsonPath("$[?(@.sittingId == '" + firstSitting + "')].stages[1].correct").value(3));
    }

    private String hall(String name) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/operator/halls").with(as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"centreId": "tc-almaty", "name": "%s %s", "address": "Almaty, Abay 26",
                                 "capacity": 2}""".formatted(name, UUID.randomUUID())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private RequestPostProcessor as(String login) {
        return user(users.loadUserByUsername(login));
    }

    private String plan(String hall, String stages) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/operator/sessions").with(as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"hallId": "%s", "service": "%s", "date": "%s", "startsAt": "00:00"%s}"""
                                .formatted(hall, SERVICE, LocalDate.now(kz.attest.calendar.WorkingCalendar.ZONE), stages)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private String assign(String session, long application) throws Exception {
        String body = mvc.perform(post("/api/v1/operator/sessions/" + session + "/assignments").with(as("operator-admin"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"applicationIds\": [" + application + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.<List<String>>read(body, "$[*].id").getFirst();
    }

    private Map<String, Object> checkIn(String session, String sitting) throws Exception {
        mvc.perform(post("/api/v1/check-in/sessions/" + session + "/open").with(as("proctor")).with(csrf()))
                .andExpect(status().isOk());
        String body = mvc.perform(post("/api/v1/check-in/sessions/" + session + "/sittings/" + sitting + "/check-in")
                        .with(as("proctor")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"documentType\": \"PASSPORT\", \"documentNumber\": \"N12345678\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$");
    }

    /** An applicant with an account, admitted by the Almaty justice department (written directly). */
    private long admitted() {
        String iin = iin();
        long account = accounts.register(new ApplicantRegistration(iin, "Қайтадан", "Асан", null, iin + "@example.kz",
                "+7701" + iin.substring(5), "qazaqstan2026", "qazaqstan2026", "ru"));
        return StoredApplications.insert(jdbc, account, iin, SERVICE, "dj-almaty", "", "ADMITTED", "officer",
                "RESCORE-" + iin, Instant.now());
    }

    private static String iin() {
        return kz.attest.identity.TestIins.fresh();
    }

    /** A fresh approved question of the test's own in place of the form's last one, as DeliveryRescoringTests does. */
    private UUID plantFreshQuestionLast(UUID attempt) {
        return DeliveryFixtures.plantFreshQuestionLast(jdbc, bank, attempt);
    }

    private List<String> states(String sittingId) {
        return jdbc.sql("SELECT state FROM delivery_attempt WHERE sitting_id = ? ORDER BY stage")
                .param(UUID.fromString(sittingId)).query(String.class).list();
    }

    private Optional<Map<String, Object>> letter(UUID attempt) {
        return jdbc.sql("SELECT * FROM decision_stage_letter WHERE attempt_id = ?").param(attempt).query().listOfRows()
                .stream().findFirst();
    }

    /**
     * The re-score and the provider's letter happen after the invalidation commits, on other threads: the scenario runs
     * the invalidation in its transaction and waits (at most 30 s, the machine is shared) until {@code probe} finds the
     * result, instead of sleeping.
     */
    private static <T> T after(Scenario scenario, Runnable stimulus, Supplier<Optional<T>> probe) {
        AtomicReference<T> seen = new AtomicReference<>();
        scenario.stimulate(stimulus).andWaitAtMost(Duration.ofSeconds(30))
                .andWaitForStateChange(probe, Optional::isPresent)
                .andVerify(found -> seen.set(found.orElseThrow()));
        return seen.get();
    }
}
