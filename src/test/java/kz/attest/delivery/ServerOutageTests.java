package kz.attest.delivery;

import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.HallPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The server's own downtime is measured and given back (issue 5 and testing.md, "Resume": the candidate keeps the
 * remaining time; time lost because the server was down moves the deadline). An outage is simulated by moving the
 * shared heartbeat back with SQL; every expected figure is read from the database, never from the wall clock.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ServerOutageTests extends WithDeliveryFixtures {

    private static final String ADVOCATES = "ADVOCATE_ATTESTATION";

    @Autowired
    ServerOutages outages;
    @Autowired
    Attempts attempts;

    @Test
    void theDeadlineMovesByExactlyTheOverlapOfTheOutageWithTheWorkingTime_Resume() throws Exception {
        Running before = running(UUID.randomUUID(), "20 minutes", "70 minutes");   // working when the server went down
        Running during = running(UUID.randomUUID(), "5 minutes", "85 minutes");    // its clock started inside the gap
        Instant start = serverDownSince("10 minutes", before, during);

        outages.detect(ServerOutages.HEARTBEAT);

        Instant end = outageEnd(start);
        assertThat(deadline(before.attempt())).isEqualTo(before.deadline().plus(Duration.between(start, end)));
        assertThat(deadline(during.attempt())).isEqualTo(during.deadline().plus(Duration.between(startedAt(during.attempt()), end)));
        assertThat(secondsGiven(before.attempt(), start))
                .isEqualByComparingTo(seconds(Duration.between(start, end)));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'delivery.server-outage' AND entity_id = "
                        + "(SELECT id::text FROM delivery_outage WHERE started_at = ?)").param(Timestamp.from(start))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'delivery.deadline-extended' AND entity_id = ?")
                .param(before.attempt().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theOutageIsRecordedAndGivenBackOnceWhenDetectedTwiceOrConcurrently_Resume() throws Exception {
        Running candidate = running(UUID.randomUUID(), "30 minutes", "60 minutes");
        Instant start = serverDownSince("12 minutes", candidate);

        int threads = 4;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return outages.detect(ServerOutages.STARTUP);
                }));
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        }
        outages.detect(ServerOutages.HEARTBEAT);
        outages.detectIfStale();

        assertThat(jdbc.sql("SELECT count(*) FROM delivery_outage WHERE started_at = ?").param(Timestamp.from(start))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM delivery_outage_extension WHERE attempt_id = ?")
                .param(candidate.attempt()).query(Integer.class).single()).isEqualTo(1);
        Instant end = outageEnd(start);
        assertThat(deadline(candidate.attempt())).isEqualTo(candidate.deadline().plus(Duration.between(start, end)));
    }

    @Test
    void anAttemptFinishedBeforeTheOutageIsUntouched_Resume() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "ru", 1);
        mvc.perform(post("/exam/stages/1/finish").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(state(attempt)).isEqualTo("FINISHED");
        jdbc.sql("""
                UPDATE delivery_attempt SET started_at = now() - interval '40 minutes', deadline = now() + interval '50 minutes',
                    finished_at = now() - interval '20 minutes' WHERE id = ?""").param(attempt).update();
        Instant deadline = deadline(attempt);
        Running stillRunning = running(UUID.randomUUID(), "20 minutes", "1 hour");
        Instant start = serverDownSince("10 minutes", stillRunning);

        outages.detect(ServerOutages.HEARTBEAT);

        assertThat(deadline(attempt)).isEqualTo(deadline);
        assertThat(state(attempt)).isEqualTo("FINISHED");
        assertThat(jdbc.sql("SELECT count(*) FROM delivery_outage_extension WHERE attempt_id = ?").param(attempt)
                .query(Integer.class).single()).isZero();
        assertThat(deadline(stillRunning.attempt())).isAfter(stillRunning.deadline());
        assertThat(outageEnd(start)).isAfter(start);
    }

    @Test
    void theSweepDetectsFirstAndDoesNotFinishAnAttemptWhoseDeadlineFellInsideTheOutage_Resume() throws Exception {
        Running candidate = running(UUID.randomUUID(), "88 minutes", "-2 minutes"); // deadline 2 minutes ago
        Running overdueBefore = running(UUID.randomUUID(), "95 minutes", "-15 minutes"); // overdue before the outage
        Instant start = serverDownSince("10 minutes", candidate, overdueBefore);

        attempts.sweep();

        Instant end = outageEnd(start);
        assertThat(state(candidate.attempt())).isEqualTo("RUNNING");
        assertThat(deadline(candidate.attempt())).isEqualTo(candidate.deadline().plus(Duration.between(start, end)));
        assertThat(state(overdueBefore.attempt())).isEqualTo("FINISHED");
        assertThat(deadline(overdueBefore.attempt())).isEqualTo(overdueBefore.deadline());
        attempts.sweep();
        assertThat(state(candidate.attempt())).isEqualTo("RUNNING");
    }

    @Test
    void aSaveAfterTheRestartIsAcceptedWithinTheExtendedDeadline_Resume() throws Exception {
        Running candidate = running(UUID.randomUUID(), "89 minutes", "-1 minutes");
        Instant start = serverDownSince("15 minutes", candidate);

        outages.afterPropertiesSet(); // what a restarted node does while starting, before it serves requests

        fixtures.save(candidate.session(), candidate.attempt(), 3, 1, 1).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT option FROM delivery_answer WHERE attempt_id = ? AND position = 3")
                .param(candidate.attempt()).query(Integer.class).single()).isEqualTo(1);
        assertThat(deadline(candidate.attempt())).isEqualTo(candidate.deadline().plus(Duration.between(start, outageEnd(start))));
    }

    @Test
    void aSaveArrivingBeforeAnyBeatNoticedTheOutageMovesTheDeadlineAndIsAccepted_Resume() throws Exception {
        Running candidate = running(UUID.randomUUID(), "89 minutes", "-1 minutes");
        Instant start = serverDownSince("15 minutes", candidate); // the database was unreachable; no beat has run since

        fixtures.save(candidate.session(), candidate.attempt(), 4, 2, 1).andExpect(status().isOk());

        assertThat(state(candidate.attempt())).isEqualTo("RUNNING");
        assertThat(deadline(candidate.attempt())).isEqualTo(candidate.deadline().plus(Duration.between(start, outageEnd(start))));
    }

    @Test
    @WithUserDetails("proctor")
    void aPausedAttemptIsNotExtendedTwice_Resume() throws Exception {
        Running candidate = running(UUID.randomUUID(), "30 minutes", "60 minutes");
        serverDownSince("0 seconds", candidate); // only sets the deadline
        mvc.perform(post("/proctor/live/sittings/{s}/pause", candidate.sittingId()).param("reason", "network in the hall")
                .with(csrf())).andExpect(status().is3xxRedirection());
        jdbc.sql("UPDATE delivery_attempt SET paused_at = now() - interval '20 minutes' WHERE id = ?")
                .param(candidate.attempt()).update();
        serverDownSince("10 minutes");

        outages.detect(ServerOutages.HEARTBEAT);

        assertThat(deadline(candidate.attempt())).isEqualTo(candidate.deadline());
        mvc.perform(post("/proctor/live/sittings/{s}/resume", candidate.sittingId()).param("reason", "network back")
                .with(csrf())).andExpect(status().is3xxRedirection());
        long paused = jdbc.sql("SELECT paused_seconds FROM delivery_attempt WHERE id = ?").param(candidate.attempt())
                .query(Long.class).single();
        Duration moved = Duration.between(candidate.deadline(), deadline(candidate.attempt()));
        assertThat(moved.toSeconds()).isBetween(paused - 1, paused + 1); // the pause alone, the outage inside it
        assertThat(jdbc.sql("SELECT count(*) FROM delivery_outage_extension WHERE attempt_id = ?")
                .param(candidate.attempt()).query(Integer.class).single()).isZero();
    }

    @Test
    @WithUserDetails("proctor")
    void theProctorsHallViewShowsTheOutageAndTheTimeGivenBack_Resume() throws Exception {
        UUID hall = UUID.randomUUID();
        Running candidate = running(hall, "30 minutes", "60 minutes");
        Instant start = serverDownSince("11 minutes", candidate);

        outages.detect(ServerOutages.HEARTBEAT);

        Instant end = outageEnd(start);
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Almaty"));
        long minutes = (Duration.between(start, end).toSeconds() + 59) / 60;
        String line = "Сбой сервера " + hhmm.format(start) + "–" + hhmm.format(end) + ", возвращено " + minutes + " мин";
        mvc.perform(get("/proctor/halls/{h}/live/seats", hall)).andExpect(status().isOk())
                .andExpect(content().string(containsString(line)));
        mvc.perform(get("/proctor/halls/{h}/live", hall).header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"outages\"")));
        mvc.perform(get("/proctor/live/sittings/{s}", candidate.sittingId())).andExpect(status().isOk())
                .andExpect(content().string(containsString(hhmm.format(start) + "–" + hhmm.format(end))));
    }

    /** A candidate in stage 1 whose clock started {@code startedAgo} ago and whose deadline is {@code deadlineIn} away. */
    private Running running(UUID hall, String startedAgo, String deadlineIn) throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open(), hall);
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "ru", 1);
        jdbc.sql("UPDATE delivery_attempt SET started_at = date_trunc('second', now()) - CAST(? AS interval) WHERE id = ?")
                .params(startedAgo, attempt).update();
        Running running = new Running(checkIn.sittingId(), attempt, session, deadlineIn);
        running.deadline = deadline(attempt);
        return running;
    }

    /**
     * The last beat of any node is moved back: from then until the next detection the platform was down. In the same
     * transaction each candidate's deadline is set where the test wants it (so no background sweep sees a past
     * deadline without the outage).
     */
    private Instant serverDownSince(String ago, Running... candidates) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            Instant start = jdbc.sql("""
                            INSERT INTO delivery_heartbeat (id, beat_at, node)
                            VALUES (1, clock_timestamp() - CAST(? AS interval), 'test') ON CONFLICT (id)
                            DO UPDATE SET beat_at = EXCLUDED.beat_at, node = EXCLUDED.node RETURNING beat_at""")
                    .param(ago).query(Timestamp.class).single().toInstant();
            for (Running r : candidates) {
                r.deadline = jdbc.sql("""
                                UPDATE delivery_attempt SET deadline = date_trunc('second', now()) + CAST(? AS interval)
                                WHERE id = ? RETURNING deadline""")
                        .params(r.deadlineIn, r.attempt()).query(Timestamp.class).single().toInstant();
            }
            return start;
        });
    }

    private Instant outageEnd(Instant start) {
        return jdbc.sql("SELECT ended_at FROM delivery_outage WHERE started_at = ?").param(Timestamp.from(start))
                .query(Timestamp.class).single().toInstant();
    }

    private BigDecimal secondsGiven(UUID attempt, Instant start) {
        return jdbc.sql("""
                        SELECT e.seconds_given FROM delivery_outage_extension e JOIN delivery_outage o ON o.id = e.outage_id
                        WHERE e.attempt_id = ? AND o.started_at = ?""")
                .params(attempt, Timestamp.from(start)).query(BigDecimal.class).single();
    }

    private static BigDecimal seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toNanos()).movePointLeft(9);
    }

    private Instant deadline(UUID attempt) {
        return jdbc.sql("SELECT deadline FROM delivery_attempt WHERE id = ?").param(attempt)
                .query(Timestamp.class).single().toInstant();
    }

    private Instant startedAt(UUID attempt) {
        return jdbc.sql("SELECT started_at FROM delivery_attempt WHERE id = ?").param(attempt)
                .query(Timestamp.class).single().toInstant();
    }

    private String state(UUID attempt) {
        return jdbc.sql("SELECT state FROM delivery_attempt WHERE id = ?").param(attempt).query(String.class).single();
    }

    private static final class Running {
        private final UUID sittingId;
        private final UUID attempt;
        private final MockHttpSession session;
        private final String deadlineIn;
        private Instant deadline;

        Running(UUID sittingId, UUID attempt, MockHttpSession session, String deadlineIn) {
            this.sittingId = sittingId;
            this.attempt = attempt;
            this.session = session;
            this.deadlineIn = deadlineIn;
        }

        UUID sittingId() {
            return sittingId;
        }

        UUID attempt() {
            return attempt;
        }

        MockHttpSession session() {
            return session;
        }

        /** The deadline as set before the outage was detected. */
        Instant deadline() {
            return deadline;
        }
    }
}
