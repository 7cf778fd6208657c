package kz.attest.delivery;

import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.HallPolicy;
import kz.attest.scheduling.SafeExamBrowserKeyKind;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The workstation start with the one-time code, the hall's policy, and the answer save path with each bad input. */
@SpringBootTest
@AutoConfigureMockMvc
class DeliverySavePathTests extends WithDeliveryFixtures {

    static final String ADVOCATES = "ADVOCATE_ATTESTATION";

    @Autowired
    Attempts attempts;

    @Test
    void checkInPreparesOneWaitingAttemptPerStageAndTheCodeStartsTheSeatOnce_000_15() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        assertThat(jdbc.sql("SELECT state FROM delivery_attempt WHERE sitting_id = ? ORDER BY stage")
                .param(checkIn.sittingId()).query(String.class).list()).containsExactly("WAITING", "WAITING");
        assertThat(jdbc.sql("SELECT duration_seconds FROM delivery_attempt WHERE sitting_id = ? ORDER BY stage")
                .param(checkIn.sittingId()).query(Integer.class).list()).containsExactly(90 * 60, 30 * 60);
        mvc.perform(get("/exam").session(session)).andExpect(status().isOk());

        MockHttpSession again = new MockHttpSession();
        mvc.perform(post("/exam/seat/{seat}/start", checkIn.seatId()).param("code", checkIn.workstationCode())
                .session(again).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aCandidateNotCheckedInCannotStart() throws Exception {
        mvc.perform(post("/exam/seat/{seat}/start", UUID.randomUUID()).param("code", DeliveryFixtures.code())
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/exam")).andExpect(status().isUnauthorized());
        mvc.perform(fixturesSave(UUID.randomUUID())).andExpect(status().isUnauthorized());
    }

    private org.springframework.test.web.servlet.RequestBuilder fixturesSave(UUID attempt) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/exam/attempts/{a}/answers/1", attempt)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"option\":0,\"seq\":1}")
                .with(csrf());
    }

    @Test
    void aStartFromASeatNotAssignedIsRefusedAndChangesNothing_000_15() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open());
        fixtures.publish(checkIn);
        mvc.perform(post("/exam/seat/{seat}/start", UUID.randomUUID()).param("code", checkIn.workstationCode())
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT token_hash IS NULL AND code_hash IS NOT NULL FROM delivery_sitting WHERE id = ?")
                .param(checkIn.sittingId()).query(Boolean.class).single()).isTrue();
        fixtures.startAt(checkIn.seatId(), checkIn.workstationCode());
    }

    @Test
    void aHallWithSafeExamBrowserRefusesRequestsWithoutTheHeaderAndAcceptsTheConfigKeyHash() throws Exception {
        String key = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2),
                new HallPolicy(Optional.of(key), List.of()));
        fixtures.publish(checkIn);
        String startUrl = "http://localhost/exam/seat/" + checkIn.seatId() + "/start";
        mvc.perform(post("/exam/seat/{seat}/start", checkIn.seatId()).param("code", checkIn.workstationCode())
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/exam/seat/{seat}/start", checkIn.seatId()).param("code", checkIn.workstationCode())
                .header(HallGuard.CONFIG_KEY_HASH, DigestUtils.sha256Hex(startUrl + "00")).with(csrf()))
                .andExpect(status().isForbidden());
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/exam/seat/{seat}/start", checkIn.seatId()).param("code", checkIn.workstationCode())
                .header(HallGuard.CONFIG_KEY_HASH, DigestUtils.sha256Hex(startUrl + key)).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/exam").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/exam").session(session)
                        .header(HallGuard.CONFIG_KEY_HASH, DigestUtils.sha256Hex("http://localhost/exam" + key)))
                .andExpect(status().isOk());
        mvc.perform(get("/exam").queryParam("lang", "kk").session(session)
                        .header(HallGuard.CONFIG_KEY_HASH, DigestUtils.sha256Hex("http://localhost/exam" + key)))
                .andExpect(status().isForbidden());
        // a configuration-key hall does not take the Browser Exam Key's request hash in its place
        mvc.perform(get("/exam").session(session)
                        .header(HallGuard.REQUEST_HASH, DigestUtils.sha256Hex("http://localhost/exam" + key)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBrowserExamKeyHallAcceptsTheRequestHashAndRefusesTheConfigKeyHash_issue13_p8() throws Exception {
        String bek = "7c".repeat(32);
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2),
                new HallPolicy(Optional.of(bek), List.of(), SafeExamBrowserKeyKind.BROWSER_EXAM_KEY));
        fixtures.publish(checkIn);
        String startUrl = "http://localhost/exam/seat/" + checkIn.seatId() + "/start";
        mvc.perform(post("/exam/seat/{seat}/start", checkIn.seatId()).param("code", checkIn.workstationCode())
                        .header(HallGuard.CONFIG_KEY_HASH, DigestUtils.sha256Hex(startUrl + bek)).param("lang", "en").with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Safe Exam Browser")));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/exam/seat/{seat}/start", checkIn.seatId()).param("code", checkIn.workstationCode())
                        .header(HallGuard.REQUEST_HASH, DigestUtils.sha256Hex(startUrl + bek)).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/exam").session(session)
                        .header(HallGuard.REQUEST_HASH, DigestUtils.sha256Hex("http://localhost/exam" + bek)))
                .andExpect(status().isOk());
        mvc.perform(get("/exam").session(session)
                        .header(HallGuard.CONFIG_KEY_HASH, DigestUtils.sha256Hex("http://localhost/exam" + bek)))
                .andExpect(status().isForbidden());
    }

    @Test
    void behindATrustedProxyTheHttpsUrlTheBrowserUsedIsHashed_issue13_p8() throws Exception {
        String key = "5a".repeat(32);
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2),
                new HallPolicy(Optional.of(key), List.of("10.20.0.0/16")));
        fixtures.publish(checkIn);
        String https = "https://exam.attest.kz/exam/seat/" + checkIn.seatId() + "/start";
        MockHttpSession session = new MockHttpSession();
        // the proxy on this host (127.0.0.1, trusted by default) terminated TLS and forwards the client's address
        mvc.perform(post("/exam/seat/{seat}/start", checkIn.seatId()).param("code", checkIn.workstationCode())
                        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "exam.attest.kz")
                        .header("X-Forwarded-Port", "443").header("X-Forwarded-For", "10.20.3.4")
                        .header(HallGuard.CONFIG_KEY_HASH, DigestUtils.sha256Hex(https + key)).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/exam").session(session)
                        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "exam.attest.kz")
                        .header("X-Forwarded-For", "10.20.3.4")
                        .header(HallGuard.CONFIG_KEY_HASH, DigestUtils.sha256Hex("https://exam.attest.kz/exam" + key)))
                .andExpect(status().isOk());
    }

    @Test
    void fromAnUntrustedAddressTheForwardedHeadersAreIgnored_issue13_p8() throws Exception {
        String key = "6b".repeat(32);
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2),
                new HallPolicy(Optional.of(key), List.of()));
        fixtures.publish(checkIn);
        String https = "https://exam.attest.kz/exam/seat/" + checkIn.seatId() + "/start";
        String http = "http://localhost/exam/seat/" + checkIn.seatId() + "/start";
        mvc.perform(post("/exam/seat/{seat}/start", checkIn.seatId()).param("code", checkIn.workstationCode())
                        .with(from("203.0.113.7"))
                        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "exam.attest.kz")
                        .header(HallGuard.CONFIG_KEY_HASH, DigestUtils.sha256Hex(https + key)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/exam/seat/{seat}/start", checkIn.seatId()).param("code", checkIn.workstationCode())
                        .with(from("203.0.113.7"))
                        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "exam.attest.kz")
                        .header(HallGuard.CONFIG_KEY_HASH, DigestUtils.sha256Hex(http + key)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aForgedForwardedForFromAnUntrustedAddressDoesNotEnterAHallsRange_issue13_p8() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2),
                new HallPolicy(Optional.empty(), List.of("10.20.0.0/16")));
        fixtures.publish(checkIn);
        mvc.perform(post("/exam/seat/{seat}/start", checkIn.seatId()).param("code", checkIn.workstationCode())
                        .with(from("203.0.113.7")).header("X-Forwarded-For", "10.20.3.4").with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/exam/seat/{seat}/start", checkIn.seatId()).param("code", checkIn.workstationCode())
                        .header("X-Forwarded-For", "10.20.3.4").with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void aHallWithIpRangesRefusesWorkstationsOutsideThem() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2),
                new HallPolicy(Optional.empty(), List.of("10.20.0.0/16", "fd00::/8")));
        fixtures.publish(checkIn);
        mvc.perform(post("/exam/seat/{seat}/start", checkIn.seatId()).param("code", checkIn.workstationCode())
                .with(csrf())).andExpect(status().isForbidden());
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/exam/seat/{seat}/start", checkIn.seatId()).param("code", checkIn.workstationCode())
                .with(r -> {
                    r.setRemoteAddr("10.20.3.4");
                    return r;
                }).session(session).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/exam").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void answersAreSavedIdempotentlyAndAnOlderSequenceNumberIsRefused() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "ru", 1);

        fixtures.save(session, attempt, 5, 2, 10).andExpect(status().isOk())
                .andExpect(jsonPath("$.position").value(5)).andExpect(jsonPath("$.seq").value(10));
        fixtures.save(session, attempt, 5, 2, 10).andExpect(status().isOk());
        fixtures.save(session, attempt, 5, 1, 9).andExpect(status().isConflict());
        fixtures.save(session, attempt, 5, 0, 10).andExpect(status().isConflict());
        fixtures.save(session, attempt, 5, 1, 11).andExpect(status().isOk());
        assertThat(stored(attempt, 5)).isEqualTo(List.of(1L, 11L));
    }

    @Test
    void anItemNotInTheFormOrAnOptionThatDoesNotExistIsRefusedWith400() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "kk", 1);
        fixtures.save(session, attempt, 101, 0, 1).andExpect(status().isBadRequest());
        fixtures.save(session, attempt, 0, 0, 1).andExpect(status().isBadRequest());
        fixtures.save(session, attempt, 1, 9, 1).andExpect(status().isBadRequest());
        fixtures.save(session, attempt, 1, -1, 1).andExpect(status().isBadRequest());
        assertThat(answerCount(attempt)).isZero();
    }

    @Test
    void anotherCandidatesAttemptIsRefused() throws Exception {
        MockHttpSession mine = fixtures.started(DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open()));
        fixtures.startStage(mine, "ru", 1);
        MockHttpSession theirs = fixtures.started(DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open()));
        UUID theirAttempt = fixtures.startStage(theirs, "ru", 1);
        fixtures.save(mine, theirAttempt, 1, 0, 1).andExpect(status().isForbidden());
        fixtures.save(mine, UUID.randomUUID(), 1, 0, 1).andExpect(status().isNotFound());
        assertThat(answerCount(theirAttempt)).isZero();
    }

    @Test
    void anAnswerAfterTheServerDeadlineIsRefusedAndTheAttemptIsFinished() throws Exception {
        MockHttpSession session = fixtures.started(DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open()));
        UUID attempt = fixtures.startStage(session, "ru", 1);
        fixtures.save(session, attempt, 1, 0, 1).andExpect(status().isOk());
        jdbc.sql("UPDATE delivery_attempt SET deadline = now() - interval '1 second' WHERE id = ?").param(attempt).update();
        fixtures.save(session, attempt, 2, 0, 1).andExpect(status().isConflict());
        assertThat(answerCount(attempt)).isEqualTo(1);
        assertThat(state(attempt)).isEqualTo("FINISHED");
        assertThat(jdbc.sql("SELECT finish_reason FROM delivery_attempt WHERE id = ?").param(attempt)
                .query(String.class).single()).isEqualTo("DEADLINE");
        fixtures.save(session, attempt, 2, 0, 2).andExpect(status().isConflict());
    }

    @Test
    void anAttemptLeftAloneIsFinishedByTheSweepAtItsDeadline() throws Exception {
        MockHttpSession session = fixtures.started(DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open()));
        UUID attempt = fixtures.startStage(session, "ru", 1);
        jdbc.sql("UPDATE delivery_attempt SET deadline = now() - interval '1 second' WHERE id = ?").param(attempt).update();
        attempts.sweep();
        assertThat(state(attempt)).isEqualTo("FINISHED");
        assertThat(jdbc.sql("SELECT state FROM delivery_attempt WHERE id <> ? AND sitting_id = (SELECT sitting_id FROM delivery_attempt WHERE id = ?)")
                .params(attempt, attempt).query(String.class).single()).isEqualTo("NOT_ADMITTED");
    }

    @Test
    void theStatusCarriesTheRemainingSecondsFromTheServersDeadline() throws Exception {
        MockHttpSession session = fixtures.started(DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open()));
        UUID attempt = fixtures.startStage(session, "ru", 1);
        jdbc.sql("UPDATE delivery_attempt SET deadline = now() + interval '600 seconds' WHERE id = ?").param(attempt).update();
        String body = mvc.perform(get("/api/v1/exam/attempts/{a}", attempt).session(session))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RUNNING"))
                .andReturn().getResponse().getContentAsString();
        int remaining = Integer.parseInt(body.replaceAll(".*\"remainingSeconds\":(\\d+).*", "$1"));
        assertThat(remaining).isBetween(500, 600);
    }

    private List<Long> stored(UUID attempt, int position) {
        return jdbc.sql("SELECT option, client_seq FROM delivery_answer WHERE attempt_id = ? AND position = ?")
                .params(attempt, position).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
    }

    private int answerCount(UUID attempt) {
        return jdbc.sql("SELECT count(*) FROM delivery_answer WHERE attempt_id = ?").param(attempt)
                .query(Integer.class).single();
    }

    private String state(UUID attempt) {
        return jdbc.sql("SELECT state FROM delivery_attempt WHERE id = ?").param(attempt).query(String.class).single();
    }
}
