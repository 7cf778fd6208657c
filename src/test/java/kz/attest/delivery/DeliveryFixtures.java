package kz.attest.delivery;

import kz.attest.testing.BankFixtures;
import kz.attest.itembank.BankText;
import kz.attest.itembank.FormCase;
import kz.attest.itembank.ItemContent;
import java.util.stream.IntStream;
import kz.attest.catalogue.ServiceCode;
import kz.attest.itembank.AssembledForm;
import kz.attest.itembank.Forms;
import kz.attest.itembank.ScoringKey;
import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.CandidateMovedSeat;
import kz.attest.scheduling.HallPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Check-ins as the scheduling module will publish them (published here inside a transaction, without waiting for
 * that module), workstations started through the web, and the server-side key of a started stage.
 */
final class DeliveryFixtures {

    static final String CENTRE = "tc-almaty";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong APPLICATIONS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 10);
    /** Starts where the clock says, so that a run against a database kept from an earlier run draws other codes. */
    private static final AtomicLong CODES = new AtomicLong(10_000_000 + System.currentTimeMillis() / 1000 % 80_000_000);

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final Forms forms;

    DeliveryFixtures(ApplicationEventPublisher events, PlatformTransactionManager transactionManager, MockMvc mvc,
                     JdbcClient jdbc, Forms forms) {
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.forms = forms;
    }

    static CandidateCheckedIn checkIn(String service, List<Integer> stages, HallPolicy policy) {
        return checkIn(service, stages, policy, UUID.randomUUID());
    }

    static CandidateCheckedIn checkIn(String service, List<Integer> stages, HallPolicy policy, UUID hallId) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String iin = String.format("%012d", random.nextLong(1_000_000_000_000L));
        return new CandidateCheckedIn(UUID.randomUUID(), UUID.randomUUID(), Optional.of(APPLICATIONS.incrementAndGet()),
                random.nextLong(1, 1_000_000), iin, "Тестов Тест " + iin.substring(8), ServiceCode.of(service),
                stages, Optional.empty(), CENTRE, hallId, UUID.randomUUID(), "A-" + random.nextInt(1, 99),
                policy, code(), LocalDateTime.now().withHour(9).withMinute(0), Instant.now(), "proctor");
    }

    /**
     * A workstation code no other check-in of this JVM has: an unused code's hash is unique in delivery_sitting, and
     * random codes of 10⁸ could repeat by chance.
     */
    static String code() {
        return String.format("%08d", CODES.incrementAndGet());
    }

    void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    CandidateMovedSeat moveSeat(CandidateCheckedIn checkIn) {
        CandidateMovedSeat moved = new CandidateMovedSeat(checkIn.sittingId(), checkIn.hallId(), UUID.randomUUID(),
                "B-" + ThreadLocalRandom.current().nextInt(1, 99), code(), "workstation failed", Instant.now(), "proctor");
        publish(moved);
        return moved;
    }

    /** Checks a candidate in and opens the workstation at the candidate's seat with the code. */
    MockHttpSession started(CandidateCheckedIn checkIn) throws Exception {
        publish(checkIn);
        return startAt(checkIn.seatId(), checkIn.workstationCode());
    }

    MockHttpSession startAt(UUID seatId, String code) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/exam/seat/{seat}/start", seatId).param("code", code).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return session;
    }

    /** Chooses the language and starts the stage; returns the attempt's id. */
    UUID startStage(MockHttpSession session, String language, int stage) throws Exception {
        mvc.perform(post("/exam/language").param("language", language).session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        // the press that starts the stage answers with the first question's page; a press on a started one redirects
        mvc.perform(post("/exam/stages/{n}/start", stage).session(session).with(csrf()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(200, 302));
        return attemptId(session, stage);
    }

    UUID attemptId(MockHttpSession session, int stage) {
        SeatSession seat = (SeatSession) session.getAttribute(SeatSession.ATTRIBUTE);
        return jdbc.sql("SELECT id FROM delivery_attempt WHERE sitting_id = ? AND stage = ?")
                .params(seat.sittingId(), stage).query(UUID.class).single();
    }

    /** The shown position of the correct option of every question of the attempt, flattened (server side only). */
    List<Integer> key(UUID attemptId) {
        String form = jdbc.sql("SELECT form::text FROM delivery_attempt WHERE id = ?").param(attemptId)
                .query(String.class).single();
        ScoringKey key = forms.scoringKey(JSON.readValue(form, AssembledForm.class));
        List<Integer> flat = new ArrayList<>(key.items());
        key.cases().forEach(flat::addAll);
        return flat;
    }

    ResultActions save(MockHttpSession session, UUID attemptId, int position, int option, long seq) throws Exception {
        return mvc.perform(put("/api/v1/exam/attempts/{a}/answers/{p}", attemptId, position)
                .contentType(MediaType.APPLICATION_JSON).content("{\"option\":" + option + ",\"seq\":" + seq + "}")
                .session(session).with(csrf()));
    }

    /** Answers the first {@code correct} questions right and the rest wrong. */
    void answer(MockHttpSession session, UUID attemptId, int correct) throws Exception {
        List<Integer> key = key(attemptId);
        for (int p = 1; p <= key.size(); p++) {
            int right = key.get(p - 1);
            int option = p <= correct ? right : (right == 0 ? 1 : 0);
            save(session, attemptId, p, option, 1).andExpect(status().isOk());
        }
    }

    private static final tools.jackson.databind.json.JsonMapper CASE_JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    /**
     * Puts a fresh approved case of the test's own in place of the form's first case, so that invalidating it leaves
     * the shared demonstration bank untouched.
     */
    static UUID plantFreshCaseFirst(JdbcClient jdbc, kz.attest.itembank.ItemBank bank, UUID attempt) {
        AssembledForm form = CASE_JSON.readValue(jdbc.sql("SELECT form::text FROM delivery_attempt WHERE id = ?")
                .param(attempt).query(String.class).single(), AssembledForm.class);
        FormCase first = form.cases().getFirst();
        int options = first.optionOrders().getFirst().size();
        List<ItemContent> questions = IntStream.rangeClosed(1, first.optionOrders().size())
                .mapToObj(q -> new ItemContent(new BankText("тапсырма сұрағы " + q, "вопрос задания " + q),
                        IntStream.rangeClosed(1, options).mapToObj(i -> new BankText("жауап " + i, "ответ " + i))
                                .toList(), 0))
                .toList();
        UUID id = BankFixtures.retiredCase(bank, new BankText("ақаулы жағдай", "ошибочная ситуация"), questions);
        List<FormCase> cases = new ArrayList<>(form.cases());
        cases.set(0, new FormCase(id, 1, first.optionOrders()));
        jdbc.sql("UPDATE delivery_attempt SET form = CAST(? AS jsonb) WHERE id = ?")
                .params(CASE_JSON.writeValueAsString(new AssembledForm(form.seed(), form.items(), cases)), attempt).update();
        return id;
    }


    /**
     * Puts a fresh approved question of the test's own in place of the form's last bank question (same number of
     * options), so that invalidating it leaves the shared demonstration bank untouched.
     */
    static UUID plantFreshQuestionLast(JdbcClient jdbc, kz.attest.itembank.ItemBank bank, UUID attempt) {
        AssembledForm form = CASE_JSON.readValue(jdbc.sql("SELECT form::text FROM delivery_attempt WHERE id = ?")
                .param(attempt).query(String.class).single(), AssembledForm.class);
        kz.attest.itembank.FormItem last = form.items().getLast();
        int options = last.optionOrder().size();
        String author = "author-" + UUID.randomUUID();
        List<BankText> texts = IntStream.rangeClosed(1, options)
                .mapToObj(i -> new BankText("жауап " + i, "ответ " + i)).toList();
        UUID id = bank.createItem(new kz.attest.itembank.ItemDraft("CIVIL_CODE",
                new ItemContent(new BankText("ақаулы сұрақ", "ошибочный вопрос"), texts, options - 1), false), author);
        bank.submitItem(id, author);
        bank.approveItem(id, "reviewer-" + UUID.randomUUID());
        int version = jdbc.sql("SELECT version FROM itembank_item WHERE id = ?").param(id).query(Integer.class).single();
        List<kz.attest.itembank.FormItem> items = new ArrayList<>(form.items());
        items.set(items.size() - 1, new kz.attest.itembank.FormItem(id, version, last.optionOrder()));
        jdbc.sql("UPDATE delivery_attempt SET form = CAST(? AS jsonb) WHERE id = ?")
                .params(CASE_JSON.writeValueAsString(new AssembledForm(form.seed(), items, form.cases())), attempt).update();
        return id;
    }

}
