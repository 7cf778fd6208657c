package kz.attest.delivery;

import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.HallPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An acknowledged answer is always scored: a save that races the attempt's close — the candidate's finish, the
 * deadline finish of the sweep, a removal by an act of violation — is either refused or counted, never answered
 * 200 and then left out of the score (¶47, ¶72, ¶95: the result is the count of the candidate's correct answers).
 * <p>
 * The interleaving is forced with latches: the close runs in a transaction held open by the test; the save is sent
 * only after the close has read the answers and changed the attempt, and the close commits only once the save either
 * answered or is waiting for the attempt's row lock (seen in PostgreSQL's own lock table, never by sleeping).
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeliveryAcknowledgedAnswerTests extends WithDeliveryFixtures {

    static final String ADVOCATES = "ADVOCATE_ATTESTATION";

    @Autowired
    Attempts attempts;
    @Autowired
    HallProctoring proctoring;
    @Autowired
    ExamTokens tokens;

    @Test
    void aNewAnswerRacingTheCandidatesFinishIsRefusedOrCounted_000_47() throws Exception {
        Started s = started(false);
        int status = raceSave(s, () -> attempts.finish(s.attempt(), Attempts.REASON_CANDIDATE),
                s.fresh(), s.right(s.fresh()), 1);
        assertRefusedOrCounted(s, status, s.fresh());
    }

    /**
     * The script's save with its exam token, served before the dispatcher ({@link DirectSaves}): the same statement,
     * the same row lock, so it too is refused or counted.
     */
    @Test
    void aTokenSaveRacingTheCandidatesFinishIsRefusedOrCounted_000_47() throws Exception {
        Started s = started(false);
        SeatSession seat = (SeatSession) s.session().getAttribute(SeatSession.ATTRIBUTE);
        String token = tokens.issue(seat, Instant.now());
        int position = s.fresh();
        int status = raceSave(s, () -> attempts.finish(s.attempt(), Attempts.REASON_CANDIDATE), () -> mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/exam/attempts/{a}/answers/{p}", s.attempt(), position)
                        .header(ExamTokens.HEADER, token)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .accept(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"option\":" + s.right(position) + ",\"seq\":1}"))
                .andReturn().getResponse().getStatus());
        assertRefusedOrCounted(s, status, position);
    }

    @Test
    void aChangedAnswerRacingTheCandidatesFinishIsRefusedOrCounted_000_47() throws Exception {
        Started s = started(true);
        int status = raceSave(s, () -> attempts.finish(s.attempt(), Attempts.REASON_CANDIDATE),
                s.changed(), s.right(s.changed()), 2);
        assertRefusedOrCounted(s, status, s.changed());
    }

    @Test
    void aChangedAnswerRacingTheDeadlineFinishIsRefusedOrCounted_000_47() throws Exception {
        Started s = started(true);
        // the deadline passes inside the sweep's transaction, after the save read the clock
        int status = raceSave(s, () -> {
            jdbc.sql("UPDATE delivery_attempt SET deadline = ? WHERE id = ?")
                    .params(java.sql.Timestamp.from(Instant.now().minusSeconds(1)), s.attempt()).update();
            attempts.finish(s.attempt(), Attempts.REASON_DEADLINE);
        }, s.changed(), s.right(s.changed()), 2);
        assertThat(jdbc.sql("SELECT finish_reason FROM delivery_attempt WHERE id = ?").param(s.attempt())
                .query(String.class).single()).isEqualTo(Attempts.REASON_DEADLINE);
        assertRefusedOrCounted(s, status, s.changed());
    }

    @Test
    void aNewAnswerRacingTheDeadlineFinishIsRefusedOrCounted_000_47() throws Exception {
        Started s = started(false);
        int status = raceSave(s, () -> {
            jdbc.sql("UPDATE delivery_attempt SET deadline = ? WHERE id = ?")
                    .params(java.sql.Timestamp.from(Instant.now().minusSeconds(1)), s.attempt()).update();
            attempts.finish(s.attempt(), Attempts.REASON_DEADLINE);
        }, s.fresh(), s.right(s.fresh()), 1);
        assertRefusedOrCounted(s, status, s.fresh());
    }

    @Test
    @WithUserDetails("proctor")
    void anAnswerRacingARemovalIsRefused_000_18() throws Exception {
        Started s = started(true);
        int status = raceSave(s, () -> {
            // the web requests above cleared the thread's context; the proctor of @WithUserDetails draws up the act
            SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
            proctoring.violation(s.sitting(), "phone in the hall", "Proctor Ainur S.");
        }, s.changed(), s.right(s.changed()), 2);
        assertThat(jdbc.sql("SELECT state FROM delivery_attempt WHERE id = ?").param(s.attempt())
                .query(String.class).single()).isEqualTo(AttemptRow.CANCELLED);
        assertThat(status).as("an answer to a removed candidate's attempt is refused, not acknowledged").isIn(403, 409);
    }

    /**
     * A double click on "Start": the second start waits on the attempt's row lock while the first assembles and
     * writes the form, then finds the stage started — one form, one seed, one audited start (¶16: the form the
     * candidate sees is the one the server scores).
     */
    @Test
    void aSecondStartOfTheSameStageWaitsAndKeepsTheFirstForm_000_16() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        assertThat(mvc.perform(post("/exam/language").param("language", "ru").session(session).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        SeatSession seat = (SeatSession) session.getAttribute(SeatSession.ATTRIBUTE);
        WorkstationRequest here = new WorkstationRequest("127.0.0.1", "http://localhost/exam/stages/1/start",
                "/exam/stages/1/start", null, null);
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        CompletableFuture<Integer> second = new CompletableFuture<>();
        Thread.ofPlatform().name("second-start").start(() -> {
            try {
                assertThat(firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
                second.complete(mvc.perform(post("/exam/stages/{n}/start", 1).session(session).with(csrf()))
                        .andReturn().getResponse().getStatus());
            } catch (Throwable e) {
                second.completeExceptionally(e);
            } finally {
                answered.countDown();
            }
        });
        long firstSeed = new TransactionTemplate(transactionManager).execute(tx -> {
            attempts.startStage(seat, 1, here);
            long seed = jdbc.sql("SELECT form_seed FROM delivery_attempt WHERE sitting_id = ? AND stage = 1")
                    .param(seat.sittingId()).query(Long.class).single();
            int first = jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
            firstStarted.countDown();
            awaitAnsweredOrBlockedBy(answered, first);
            return seed;
        });
        assertThat(second.get(30, TimeUnit.SECONDS)).as("the second start lands on the started stage").isEqualTo(302);
        UUID attempt = fixtures.attemptId(session, 1);
        assertThat(jdbc.sql("SELECT form_seed FROM delivery_attempt WHERE id = ?").param(attempt).query(Long.class)
                .single()).as("the first form stays").isEqualTo(firstSeed);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'delivery.stage-started' AND entity_id = ?")
                .param(attempt.toString()).query(Integer.class).single()).as("one start").isEqualTo(1);
    }

    /**
     * Runs {@code close} in a transaction held open until the save, sent from another thread after the close did its
     * work, has answered or waits for the close's lock; then commits and returns the save's HTTP status.
     */
    private int raceSave(Started s, Runnable close, int position, int option, long seq) throws Exception {
        return raceSave(s, close, () -> fixtures.save(s.session(), s.attempt(), position, option, seq).andReturn()
                .getResponse().getStatus());
    }

    private int raceSave(Started s, Runnable close, java.util.concurrent.Callable<Integer> send) throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        CompletableFuture<Integer> save = new CompletableFuture<>();
        Thread.ofPlatform().name("racing-save").start(() -> {
            try {
                assertThat(closed.await(30, TimeUnit.SECONDS)).isTrue();
                save.complete(send.call());
            } catch (Throwable e) {
                save.completeExceptionally(e);
            } finally {
                answered.countDown();
            }
        });
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            close.run();
            int closer = jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
            closed.countDown();
            awaitAnsweredOrBlockedBy(answered, closer);
        });
        return save.get(30, TimeUnit.SECONDS);
    }

    /** Waits until the save answered or a backend waits for a lock held by {@code closer}'s transaction. */
    private void awaitAnsweredOrBlockedBy(CountDownLatch answered, int closer) {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        try {
            while (!answered.await(5, TimeUnit.MILLISECONDS)) {
                if (blockedBy(closer) > 0) {
                    return;
                }
                assertThat(Instant.now()).as("the save neither answered nor waited for the lock").isBefore(giveUp);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asked on a connection of its own (a thread outside the closing transaction, whose connection would see a frozen
     * activity snapshot).
     */
    private int blockedBy(int closer) {
        CompletableFuture<Integer> count = new CompletableFuture<>();
        Thread.ofPlatform().name("lock-probe").start(() -> {
            try {
                count.complete(jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid))")
                        .param(closer).query(Integer.class).single());
            } catch (Throwable e) {
                count.completeExceptionally(e);
            }
        });
        return count.join();
    }

    private void assertRefusedOrCounted(Started s, int status, int position) {
        assertThat(status).as("the save is either refused or acknowledged").isIn(200, 409);
        Integer correct = jdbc.sql("SELECT correct FROM delivery_attempt WHERE id = ?").param(s.attempt())
                .query(Integer.class).single();
        if (status == 200) {
            assertThat(jdbc.sql("SELECT option FROM delivery_answer WHERE attempt_id = ? AND position = ?")
                    .params(s.attempt(), position).query(Integer.class).single()).isEqualTo(s.right(position));
            assertThat(correct).as("an acknowledged right answer counts in the score").isEqualTo(s.rightBefore() + 1);
        } else {
            assertThat(correct).as("a refused answer changes nothing").isEqualTo(s.rightBefore());
        }
    }

    /**
     * A started stage 1 whose first question holds a wrong answer ({@code changed} is the position whose answer
     * the race turns right) and whose second is unanswered ({@code fresh}); {@code rightBefore} right answers so far.
     */
    private Started started(boolean answerTheFirstWrong) throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(ADVOCATES, List.of(1, 2), HallPolicy.open());
        MockHttpSession session = fixtures.started(checkIn);
        UUID attempt = fixtures.startStage(session, "ru", 1);
        List<Integer> key = fixtures.key(attempt);
        if (answerTheFirstWrong) {
            int wrong = key.getFirst() == 0 ? 1 : 0;
            fixtures.save(session, attempt, 1, wrong, 1).andReturn();
        }
        return new Started(checkIn.sittingId(), session, attempt, key, 0);
    }

    private record Started(UUID sitting, MockHttpSession session, UUID attempt, List<Integer> key, int rightBefore) {
        int changed() {
            return 1;
        }

        int fresh() {
            return 2;
        }

        int right(int position) {
            return key.get(position - 1);
        }
    }
}
