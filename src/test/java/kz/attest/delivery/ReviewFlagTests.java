package kz.attest.delivery;

import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.CandidateMovedSeat;
import kz.attest.scheduling.HallPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Review flags live on the server beside the answers: a seat move keeps them (issue 5 "Resume"); bad input is refused. */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewFlagTests extends WithDeliveryFixtures {

    static final String ADVOCATES = "ADVOCATE_ATTESTATION";


    @Test
    void flagsAreKeptOnTheServerAndFollowTheCandidateToAnotherSeat_000_15() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "kk", 1);

        flag(session, attempt, 7, true).andExpect(status().isOk()).andExpect(jsonPath("$.flagged[0]").value(7));
        flag(session, attempt, 7, true).andExpect(status().isOk());
        flag(session, attempt, 12, true).andExpect(status().isOk());
        flag(session, attempt, 12, false).andExpect(status().isOk());
        flag(session, attempt, 12, false).andExpect(status().isOk());
        flag(session, attempt, 30, true).andExpect(status().isOk())
                .andExpect(jsonPath("$.flagged.length()").value(2));

        CandidateMovedSeat moved = fixtures.moveSeat(checkIn);
        flag(session, attempt, 31, true).andExpect(status().isForbidden());   // the old workstation is dead
        MockHttpSession newSeat = fixtures.startAt(moved.seatId(), moved.workstationCode());
        mvc.perform(post("/exam/stages/{n}/start", 1).session(newSeat).with(csrf()));
        mvc.perform(get("/exam/stages/1/questions/7").session(newSeat))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-flags=\"[7, 30]\"")));
        mvc.perform(get("/exam/stages/1/finish").session(newSeat))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"flagged\"")));
        assertThat(flags(attempt)).containsExactly(7, 30);
    }

    @Test
    void aFlagOutsideTheFormForAnotherCandidateOrOnAFinishedStageIsRefusedAndStoresNothing() throws Exception {
        MockHttpSession mine = fixtures.started(DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open()));
        UUID myAttempt = fixtures.startStage(mine, "ru", 1);
        MockHttpSession theirs = fixtures.started(DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open()));
        UUID theirAttempt = fixtures.startStage(theirs, "ru", 1);

        flag(mine, myAttempt, 0, true).andExpect(status().isBadRequest());
        flag(mine, myAttempt, 101, true).andExpect(status().isBadRequest());
        flag(mine, theirAttempt, 1, true).andExpect(status().isForbidden());
        flag(mine, UUID.randomUUID(), 1, true).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/exam/attempts/{a}/flags/{p}", myAttempt, 1).session(mine).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/exam/attempts/{a}/flags/{p}", myAttempt, 1)
                .contentType(MediaType.APPLICATION_JSON).content("{\"flagged\":true}"))
                .andExpect(status().is4xxClientError());
        assertThat(flags(myAttempt)).isEmpty();
        assertThat(flags(theirAttempt)).isEmpty();

        mvc.perform(post("/exam/stages/1/finish").session(mine).with(csrf())).andExpect(status().is3xxRedirection());
        flag(mine, myAttempt, 1, true).andExpect(status().isConflict());
        assertThat(flags(myAttempt)).isEmpty();
    }

    private ResultActions flag(MockHttpSession session, UUID attempt, int position, boolean flagged) throws Exception {
        return mvc.perform(put("/api/v1/exam/attempts/{a}/flags/{p}", attempt, position).session(session).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"flagged\":" + flagged + "}"));
    }

    private List<Integer> flags(UUID attempt) {
        return jdbc.sql("SELECT position FROM delivery_review_flag WHERE attempt_id = ? ORDER BY position")
                .param(attempt).query(Integer.class).list();
    }
}
