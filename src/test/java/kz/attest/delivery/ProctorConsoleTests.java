package kz.attest.delivery;

import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.CandidateMovedSeat;
import kz.attest.scheduling.HallPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The proctor's live view, pause and resume, acts of violation and suspension, and the seat move. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ProctorConsoleTests extends WithDeliveryFixtures {

    @Autowired
    ApplicationEvents published;

    @Test
    @WithUserDetails("proctor")
    void theLiveViewShowsEachSeatsCandidateStateAnsweredCountAndTimeLeft() throws Exception {
        UUID hall = UUID.randomUUID();
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2), HallPolicy.open(), hall);
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "ru", 1);
        fixtures.save(session, attempt, 1, 0, 1);
        fixtures.save(session, attempt, 2, 0, 1);
        mvc.perform(get("/proctor/halls/{h}/live", hall)).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-trigger=\"every 3s\"")))
                .andExpect(content().string(containsString(checkIn.fullName())))
                .andExpect(content().string(containsString(checkIn.seatLabel())));
        mvc.perform(get("/proctor/halls/{h}/live/seats", hall)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2 / 100")))
                .andExpect(content().string(containsString("state-RUNNING")));
    }

    @Test
    void theLiveViewIsForProctorsOfTheCentreOnly() throws Exception {
        UUID hall = UUID.randomUUID();
        fixtures.publish(DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2), HallPolicy.open(), hall));
        mvc.perform(get("/proctor/halls/{h}/live", hall).with(user("officer").roles("PROVIDER_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/proctor/halls/{h}/live", hall)).andExpect(status().is4xxClientError());
    }

    @Test
    @WithUserDetails("proctor")
    void aPauseStopsTheClockAndTheResumeMovesTheDeadlineByThePausedTime() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "ru", 1);
        mvc.perform(post("/proctor/live/sittings/{s}/pause", checkIn.sittingId()).param("reason", "").with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/proctor/live/sittings/{s}/pause", checkIn.sittingId()).param("reason", "power cut in the hall")
                .with(csrf())).andExpect(status().is3xxRedirection());
        fixtures.save(session, attempt, 1, 0, 1).andExpect(status().isConflict());
        jdbc.sql("UPDATE delivery_attempt SET paused_at = paused_at - interval '10 minutes' WHERE id = ?").param(attempt).update();
        Instant before = deadline(attempt);
        mvc.perform(post("/proctor/live/sittings/{s}/resume", checkIn.sittingId()).param("reason", "power back")
                .with(csrf())).andExpect(status().is3xxRedirection());
        Duration moved = Duration.between(before, deadline(attempt));
        assertThat(moved).isBetween(Duration.ofMinutes(10), Duration.ofMinutes(11));
        fixtures.save(session, attempt, 1, 0, 2).andExpect(status().isOk());
        mvc.perform(post("/proctor/live/sittings/{s}/resume", checkIn.sittingId()).param("reason", "again").with(csrf()))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT kind FROM delivery_act WHERE sitting_id = ? ORDER BY drawn_at").param(checkIn.sittingId())
                .query(String.class).list()).containsExactly("PAUSE", "RESUME");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = ? AND action IN ('delivery.stage-paused', 'delivery.stage-resumed')")
                .param(attempt.toString()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("proctor")
    void anActOfViolationWithWitnessesRemovesTheCandidate_000_18_000_44_000_69_000_92() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "ru", 1);
        mvc.perform(post("/proctor/live/sittings/{s}/violation", checkIn.sittingId()).param("description", "phone")
                .with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/proctor/live/sittings/{s}/violation", checkIn.sittingId())
                        .param("description", "used a mobile phone during stage 1")
                        .param("witnesses", "Proctor Ainur S.; proctor Marat K.").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT state FROM delivery_sitting WHERE id = ?").param(checkIn.sittingId())
                .query(String.class).single()).isEqualTo("REMOVED");
        assertThat(jdbc.sql("SELECT state FROM delivery_attempt WHERE sitting_id = ? ORDER BY stage").param(checkIn.sittingId())
                .query(String.class).list()).containsExactly("CANCELLED", "CANCELLED");
        fixtures.save(session, attempt, 1, 0, 1).andExpect(status().isForbidden());
        mvc.perform(get("/proctor/live/sittings/{s}", checkIn.sittingId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Proctor Ainur S.")));
        assertThat(published.stream(ActDrawnUp.class).filter(e -> e.sittingId().equals(checkIn.sittingId())))
                .singleElement().satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(ActDrawnUp.Kind.VIOLATION);
                    assertThat(e.applicationId()).isEqualTo(checkIn.applicationId());
                });
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = ? AND action = 'delivery.act-violation'")
                .param(checkIn.sittingId().toString()).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(post("/proctor/live/sittings/{s}/suspension", checkIn.sittingId()).param("description", "x")
                .with(csrf())).andExpect(status().isConflict());
    }

    @Test
    @WithUserDetails("proctor")
    void anActOfSuspensionForATechnicalFaultStopsTheTest_000_20_000_45_000_70_000_93() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("PATENT_ATTORNEY_ATTESTATION", List.of(1), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        fixtures.startStage(session, "kk", 1);
        mvc.perform(post("/proctor/live/sittings/{s}/suspension", checkIn.sittingId())
                .param("description", "the hall lost power for the rest of the day").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT state FROM delivery_sitting WHERE id = ?").param(checkIn.sittingId())
                .query(String.class).single()).isEqualTo("SUSPENDED");
        assertThat(published.stream(ActDrawnUp.class).filter(e -> e.sittingId().equals(checkIn.sittingId())))
                .singleElement().satisfies(e -> assertThat(e.kind()).isEqualTo(ActDrawnUp.Kind.SUSPENSION));
    }

    @Test
    void aSeatMoveKillsTheOldCodeAndResumesTheSameAttemptWithTheSameAnswersAndTime() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2), HallPolicy.open());
        MockHttpSession old = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(old, "ru", 1);
        fixtures.save(old, attempt, 1, 2, 1).andExpect(status().isOk());
        fixtures.save(old, attempt, 2, 1, 1).andExpect(status().isOk());
        jdbc.sql("UPDATE delivery_attempt SET deadline = now() + interval '1000 seconds' WHERE id = ?").param(attempt).update();

        CandidateMovedSeat moved = fixtures.moveSeat(checkIn);
        jdbc.sql("UPDATE delivery_attempt SET paused_at = paused_at - interval '5 minutes', deadline = deadline - interval '5 minutes' WHERE id = ?").param(attempt).update();
        fixtures.save(old, attempt, 3, 0, 1).andExpect(status().isForbidden());
        mvc.perform(post("/exam/seat/{seat}/start", checkIn.seatId()).param("code", checkIn.workstationCode())
                .with(csrf())).andExpect(status().isForbidden());

        MockHttpSession fresh = fixtures.startAt(moved.seatId(), moved.workstationCode());
        assertThat(fixtures.attemptId(fresh, 1)).isEqualTo(attempt);
        String status = mvc.perform(get("/api/v1/exam/attempts/{a}", attempt).session(fresh))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RUNNING"))
                .andExpect(jsonPath("$.answered").value(2)).andReturn().getResponse().getContentAsString();
        long remaining = Long.parseLong(status.replaceAll(".*\"remainingSeconds\":(\\d+).*", "$1"));
        assertThat(remaining).isBetween(950L, 1000L);
        mvc.perform(get("/exam/stages/1/questions/1").session(fresh)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2\" checked=\"checked\"")));
        fixtures.save(fresh, attempt, 3, 0, 1).andExpect(status().isOk());
    }

    private Instant deadline(UUID attempt) {
        return jdbc.sql("SELECT deadline FROM delivery_attempt WHERE id = ?").param(attempt)
                .query(java.sql.Timestamp.class).single().toInstant();
    }
}
