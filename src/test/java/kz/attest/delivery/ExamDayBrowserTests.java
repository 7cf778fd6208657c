package kz.attest.delivery;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import kz.attest.identity.ApplicantRegistration;
import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.HallPolicy;
import kz.attest.testing.StoredApplications;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exam day in a real browser, as the people see it: the proctor checks the candidate in on the check-in page
 * (¶15), the workstation starts with the code shown there, the candidate sits both stages in Kazakh (¶17, ¶16) and
 * lands exactly on the pass marks or one answer below them (¶22), downloads the results sheet as PDF and Word
 * (seed 001); a failed workstation is replaced mid-test without losing an answer or a second; an attempt left alone
 * is finished by the server at its deadline.
 */
class ExamDayBrowserTests extends ExamInBrowser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SERVICE = "ADVOCATE_ATTESTATION";
    private static final String PASSWORD = "qazaqstan2026";

    ExamDayBrowserTests() {
        super(Paths.get("target/screenshots"));
    }

    @Test
    void proctorChecksInAndTheCandidatePassesBothStagesExactlyAtTheMarksAndDownloadsTheSheet_000_15_000_17_000_22_001_9()
            throws Exception {
        Day day = day(3);
        inBrowser("exam-day-pass", (proctor, candidate) -> {
            String code = checkIn(proctor, day, "02");
            startAtSeat(candidate, day.seat("02"), code);
            chooseKazakh(candidate);
            assertThat(candidate.locator("#stage-1").textContent()).contains("90 мин");
            assertThat(candidate.locator("#stage-2").textContent()).contains("30 мин");

            // stage 1: three answers clicked on the page, the rest through the client's own save API; 70 of 100 right
            candidate.click("#stage-1 .start-stage");
            candidate.waitForSelector("#exam");
            UUID first = attempt(candidate);
            List<Integer> key = key(first);
            for (int p = 1; p <= 3; p++) {
                candidate.locator("#answer input[type=radio][value='" + key.get(p - 1) + "']").check();
                candidate.waitForSelector(".save-state.saved");
                assertThat(candidate.locator("#answered-count").textContent()).isEqualTo(String.valueOf(p));
                candidate.click("#next");
                candidate.waitForURL("**/questions/" + (p + 1));
            }
            save(candidate, answers(key, 4, 70));
            finish(candidate);
            assertThat(candidate.locator("h1").textContent()).isEqualTo("1-кезеңнің нәтижесі");
            assertThat(candidate.locator("#correct").textContent()).isEqualTo("70 / 100");
            assertThat(candidate.locator("#percent").textContent()).isEqualTo("70 %");
            assertThat(candidate.locator("#threshold").textContent()).isEqualTo("70 %");
            assertThat(candidate.locator("#outcome").textContent()).isEqualTo("Өтті");
            assertThat(candidate.locator("#next-stage-closed").count()).isZero();

            // stage 2: the cases with their situation; the smallest count that reaches 65 %
            candidate.click("#next-stage");
            candidate.click("#stage-2 .start-stage");
            candidate.waitForSelector("#exam");
            UUID second = attempt(candidate);
            assertThat(candidate.locator(".exam-bar span").first().textContent()).contains("2");
            assertThat(candidate.locator(".situation").isVisible()).isTrue();
            assertThat(candidate.locator(".situation p").textContent()).isNotBlank();
            List<Integer> caseKey = key(second);
            int total = caseKey.size();
            int needed = (65 * total + 99) / 100;
            candidate.locator("#answer input[type=radio][value='" + caseKey.getFirst() + "']").check();
            candidate.waitForSelector(".save-state.saved");
            save(candidate, answers(caseKey, 2, needed));
            finish(candidate);
            assertThat(candidate.locator("#correct").textContent()).isEqualTo(needed + " / " + total);
            assertThat(candidate.locator("#percent").textContent())
                    .isEqualTo(ExamPageController.percent(needed, total) + " %");
            assertThat(candidate.locator("#threshold").textContent()).isEqualTo("65 %");
            assertThat(candidate.locator("#outcome").textContent()).isEqualTo("Өтті");
            assertThat(candidate.locator("#next-stage").count()).isZero();

            // the results sheet, as PDF and as Word, with the candidate's name
            Download pdf = candidate.waitForDownload(() -> candidate.click("#sheet-pdf"));
            byte[] pdfBytes = Files.readAllBytes(pdf.path());
            assertThat(new String(pdfBytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            try (PDDocument document = Loader.loadPDF(pdfBytes)) {
                assertThat(new PDFTextStripper().getText(document)).contains(day.surname());
            }
            Download docx = candidate.waitForDownload(() -> candidate.click("#sheet-docx"));
            assertThat(docx.suggestedFilename()).endsWith(".docx");
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx.path())));
                 XWPFWordExtractor text = new XWPFWordExtractor(document)) {
                assertThat(text.getText()).contains(day.surname());
            }
            // without a started workstation there is no sheet to take
            try (BrowserContext stranger = chromium.browser().newContext()) {
                assertThat(stranger.request().get(url("/exam/results.pdf")).status()).isEqualTo(401);
            }
        });
    }

    @Test
    void oneAnswerBelowSeventyPercentFailsStageOneAndThePageSaysWhyStageTwoDoesNotOpen_000_22() {
        CandidateCheckedIn checkIn = checkedInByEvent();
        inBrowser("exam-day-fail-1", (proctor, candidate) -> {
            startAtSeat(candidate, checkIn.seatId(), checkIn.workstationCode());
            chooseKazakh(candidate);
            candidate.click("#stage-1 .start-stage");
            candidate.waitForSelector("#exam");
            List<Integer> key = key(attempt(candidate));
            save(candidate, answers(key, 1, 69));
            finish(candidate);
            assertThat(candidate.locator("#correct").textContent()).isEqualTo("69 / 100");
            assertThat(candidate.locator("#percent").textContent()).isEqualTo("69 %");
            assertThat(candidate.locator("#outcome").textContent()).isEqualTo("Өтпеді");
            assertThat(candidate.locator("#next-stage").count()).isZero();
            assertThat(candidate.locator("#next-stage-closed").textContent())
                    .isEqualTo("2-кезең ашылмайды: 1-кезеңде өту шегіне (70 %) жетпедіңіз.");

            // the briefing offers no start of stage 2 and says why; a direct start is refused
            candidate.navigate(url("/exam"));
            assertThat(candidate.locator("#stage-2 .start-stage").count()).isZero();
            assertThat(candidate.locator("#stage-2").textContent()).contains("Жіберілмеді");
            int status = ((Number) candidate.evaluate("async () => { const csrf = document.querySelector("
                    + "'meta[name=_csrf]').content; const r = await fetch('/exam/stages/2/start', {method: 'POST',"
                    + " headers: {'X-CSRF-TOKEN': csrf}, redirect: 'manual'}); return r.status; }")).intValue();
            assertThat(status).isBetween(400, 499);
        });
    }

    @Test
    void stageOnePassedAndStageTwoOneAnswerBelowSixtyFivePercentFails_000_22() {
        CandidateCheckedIn checkIn = checkedInByEvent();
        inBrowser("exam-day-fail-2", (proctor, candidate) -> {
            startAtSeat(candidate, checkIn.seatId(), checkIn.workstationCode());
            chooseKazakh(candidate);
            candidate.click("#stage-1 .start-stage");
            candidate.waitForSelector("#exam");
            save(candidate, answers(key(attempt(candidate)), 1, 70));
            finish(candidate);
            assertThat(candidate.locator("#outcome").textContent()).isEqualTo("Өтті");
            candidate.click("#next-stage");
            candidate.click("#stage-2 .start-stage");
            candidate.waitForSelector("#exam");
            List<Integer> key = key(attempt(candidate));
            int total = key.size();
            int below = (65 * total + 99) / 100 - 1;
            save(candidate, answers(key, 1, below));
            finish(candidate);
            assertThat(candidate.locator("#correct").textContent()).isEqualTo(below + " / " + total);
            assertThat(candidate.locator("#threshold").textContent()).isEqualTo("65 %");
            assertThat(candidate.locator("#outcome").textContent()).isEqualTo("Өтпеді");
            assertThat(candidate.locator("#next-stage").count()).isZero();
        });
    }

    @Test
    void theProctorMovesTheCandidateToAnotherSeatAndEveryAnswerAndTheRemainingTimeAreKept_000_15_000_21() throws Exception {
        Day day = day(3);
        inBrowser("exam-day-move", (proctor, candidate) -> {
            String code = checkIn(proctor, day, "01");
            startAtSeat(candidate, day.seat("01"), code);
            chooseKazakh(candidate);
            candidate.click("#stage-1 .start-stage");
            candidate.waitForSelector("#exam");
            UUID attempt = attempt(candidate);
            List<Integer> key = key(attempt);
            Map<Integer, Integer> chosen = new LinkedHashMap<>();
            for (int p = 1; p <= 5; p++) {
                int option = p % 2 == 0 ? key.get(p - 1) : (key.get(p - 1) == 0 ? 1 : 0);
                candidate.locator("#answer input[type=radio][value='" + option + "']").check();
                candidate.waitForSelector(".save-state.saved");
                chosen.put(p, option);
                if (p == 3) {   // flagged for review: the flag is kept on the server
                    candidate.click("#flag");
                    assertThat(candidate.locator("#flag.active").count()).isEqualTo(1);
                    for (int i = 0; i < 100 && flagged(attempt).isEmpty(); i++) {
                        sleep(Duration.ofMillis(100));
                    }
                    assertThat(flagged(attempt)).containsExactly(3);
                }
                candidate.click("#next");
                candidate.waitForURL("**/questions/" + (p + 1));
            }
            chosen.put(40, key.get(39));
            save(candidate, Map.of(40, key.get(39)));

            // the workstation fails: the proctor moves the candidate to seat 03 with a reason
            proctor.navigate(url("/check-in/" + day.session() + "?lang=en"));
            proctor.locator("#sitting-" + day.sitting() + " form.move select[name=seatId]")
                    .selectOption(new SelectOption().setLabel("03"));
            proctor.fill("#sitting-" + day.sitting() + " form.move input[name=reason]", "The workstation froze");
            proctor.click("#sitting-" + day.sitting() + " form.move button[type=submit]");
            proctor.waitForSelector("#workstation-code");
            assertThat(proctor.locator("#workstation-code h2").textContent()).contains("03");
            String newCode = proctor.locator("#code").textContent().strip();
            Instant deadlineAtMove = jdbc.sql("SELECT deadline FROM delivery_attempt WHERE id = ? AND state = 'PAUSED'")
                    .param(attempt).query(Timestamp.class).single().toInstant();

            // the old workstation is dead at once
            int old = ((Number) candidate.evaluate("async () => (await fetch(document.getElementById('exam')"
                    + ".dataset.statusUrl, {headers: {'Accept': 'application/json'}})).status")).intValue();
            assertThat(old).isEqualTo(403);

            // the move takes a while: that time is not the candidate's
            sleep(Duration.ofSeconds(3));
            try (BrowserContext fresh = chromium.browser().newContext(); Page seat = fresh.newPage()) {
                seat.setDefaultTimeout(60_000);
                try {
                    startAtSeat(seat, day.seat("03"), newCode);
                    seat.waitForSelector("#stages");
                    assertThat(seat.locator("#stage-1").textContent()).contains("Жүріп жатыр");
                    seat.click("#stage-1 a");
                    seat.waitForSelector("#exam");
                    long shown = seconds(seat.locator("#countdown").textContent());
                    long serverLeft = jdbc.sql("SELECT EXTRACT(EPOCH FROM (deadline - now()))::bigint"
                            + " FROM delivery_attempt WHERE id = ?").param(attempt).query(Long.class).single();
                    assertThat(shown).isBetween(serverLeft - 2, serverLeft + 2);
                    // the deadline moved by the whole time the move took: not a second of it is the candidate's
                    Instant deadlineNow = jdbc.sql("SELECT deadline FROM delivery_attempt WHERE id = ?")
                            .param(attempt).query(Timestamp.class).single().toInstant();
                    assertThat(Duration.between(deadlineAtMove, deadlineNow)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
                    assertThat(jdbc.sql("SELECT paused_seconds FROM delivery_attempt WHERE id = ?").param(attempt)
                            .query(Long.class).single())
                            .isBetween(Duration.between(deadlineAtMove, deadlineNow).toSeconds() - 1,
                                    Duration.between(deadlineAtMove, deadlineNow).toSeconds() + 1);
                    assertThat(seat.locator("#answered-count").textContent()).isEqualTo("6");
                    assertThat(seat.locator(".question-grid a.answered").count()).isEqualTo(6);
                    assertThat(seat.locator(".question-grid a.flagged").count()).isEqualTo(1);
                    assertThat(seat.locator(".question-grid a[data-position='3']").getAttribute("class")).contains("flagged");
                    for (Map.Entry<Integer, Integer> answer : chosen.entrySet()) {
                        if (answer.getKey() != 1) {
                            seat.click(".question-grid a[data-position='" + answer.getKey() + "']");
                            seat.waitForURL("**/questions/" + answer.getKey());
                        }
                        assertThat(seat.locator("#answer input[type=radio][value='" + answer.getValue() + "']")
                                .isChecked()).as("answer %d", answer.getKey()).isTrue();
                        assertThat(seat.locator("#answer input[type=radio]:checked").count()).isEqualTo(1);
                    }
                    // and the candidate goes on at the new seat
                    seat.click(".question-grid a[data-position='7']");
                    seat.waitForURL("**/questions/7");
                    seat.locator("#answer input[type=radio][value='" + key.get(6) + "']").check();
                    seat.waitForSelector(".save-state.saved");
                    assertThat(seat.locator("#answered-count").textContent()).isEqualTo("7");
                } catch (RuntimeException | AssertionError e) {
                    shot(seat, "exam-day-move-new-seat");
                    throw e;
                }
            }
        });
    }

    @Test
    void anAttemptLeftAloneIsFinishedByTheServerAtItsDeadlineAndALaterSaveIsRefused_000_21() {
        CandidateCheckedIn checkIn = checkedInByEvent();
        inBrowser("exam-day-deadline", (proctor, candidate) -> {
            startAtSeat(candidate, checkIn.seatId(), checkIn.workstationCode());
            chooseKazakh(candidate);
            candidate.click("#stage-1 .start-stage");
            candidate.waitForSelector("#exam");
            UUID attempt = attempt(candidate);
            List<Integer> key = key(attempt);
            for (int p = 1; p <= 3; p++) {
                candidate.locator("#answer input[type=radio][value='" + key.get(p - 1) + "']").check();
                candidate.waitForSelector(".save-state.saved");
                candidate.click("#next");
                candidate.waitForURL("**/questions/" + (p + 1));
            }
            String questionUrl = candidate.url();
            String saveUrl = candidate.locator("#exam").getAttribute("data-save-url");
            String csrf = candidate.locator("meta[name=_csrf]").getAttribute("content");

            // the browser leaves; (test only) the deadline is brought to a few seconds from now
            candidate.navigate("about:blank");
            jdbc.sql("UPDATE delivery_attempt SET deadline = now() + interval '3 seconds' WHERE id = ?")
                    .param(attempt).update();
            Instant giveUp = Instant.now().plusSeconds(45);
            while (!"FINISHED".equals(state(attempt))) {
                assertThat(Instant.now()).as("the sweep finishes the attempt").isBefore(giveUp);
                sleep(Duration.ofMillis(500));
            }
            assertThat(jdbc.sql("SELECT finish_reason FROM delivery_attempt WHERE id = ?").param(attempt)
                    .query(String.class).single()).isEqualTo(Attempts.REASON_DEADLINE);

            // back at the workstation: the stage's result, three answers counted
            candidate.navigate(questionUrl);
            candidate.waitForSelector("#result");
            assertThat(candidate.locator("#correct").textContent()).isEqualTo("3 / 100");
            assertThat(candidate.locator("#outcome").textContent()).isEqualTo("Өтпеді");

            // an answer that arrives after the deadline is refused and nothing is stored
            int status = ((Number) candidate.evaluate("async ([url, csrf, option]) => (await fetch(url + 4,"
                    + " {method: 'PUT', headers: {'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf},"
                    + " body: JSON.stringify({option: option, seq: 1})})).status",
                    List.of(saveUrl, csrf, key.get(3)))).intValue();
            assertThat(status).isBetween(400, 499);
            assertThat(jdbc.sql("SELECT count(*) FROM delivery_answer WHERE attempt_id = ?").param(attempt)
                    .query(Integer.class).single()).isEqualTo(3);
        });
    }

    // --- the people -------------------------------------------------------------------------------------------------

    /** Two browser contexts, the proctor's and the workstation's, with a screenshot of both on failure. */
    private void inBrowser(String name, PeopleAction action) {
        try (BrowserContext proctorContext = chromium.browser().newContext(); Page proctor = proctorContext.newPage();
             BrowserContext candidateContext = chromium.browser().newContext(); Page candidate = candidateContext.newPage()) {
            proctor.setDefaultTimeout(60_000);
            candidate.setDefaultTimeout(60_000);
            try {
                action.run(proctor, candidate);
            } catch (Exception e) {
                shot(proctor, name + "-proctor");
                shot(candidate, name + "-candidate");
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            } catch (AssertionError e) {
                shot(proctor, name + "-proctor");
                shot(candidate, name + "-candidate");
                throw e;
            }
        }
    }

    @FunctionalInterface
    private interface PeopleAction {
        void run(Page proctor, Page candidate) throws Exception;
    }

    /** The proctor signs in, opens check-in, finds the candidate by IIN and checks them in at the seat: the code. */
    private String checkIn(Page proctor, Day day, String seatLabel) {
        signIn(proctor, "proctor", "demo-proctor-2026");
        proctor.navigate(url("/check-in/" + day.session() + "?lang=en"));
        proctor.click("#open button[type=submit]");
        proctor.waitForSelector("#search");
        proctor.fill("#search input[name=q]", day.iin());
        proctor.click("#search button[type=submit]");
        proctor.waitForURL("**q=" + day.iin() + "*");
        assertThat(proctor.locator("#sittings tbody tr").count()).isEqualTo(1);
        String row = "#sitting-" + day.sitting();
        assertThat(proctor.locator(row).textContent()).contains(day.fullName());
        proctor.locator(row + " form.check-in select[name=documentType]").selectOption("ID_CARD");
        proctor.fill(row + " form.check-in input[name=documentNumber]", "041234567");
        proctor.locator(row + " form.check-in select[name=seatId]").selectOption(new SelectOption().setLabel(seatLabel));
        proctor.click(row + " form.check-in button[type=submit]");
        proctor.waitForSelector("#workstation-code");
        assertThat(proctor.locator("#workstation-code h2").textContent()).contains(seatLabel);
        assertThat(proctor.locator("#seat-" + seatLabel).textContent()).contains(day.fullName());
        return proctor.locator("#code").textContent().strip();
    }

    private void signIn(Page page, String login, String password) {
        page.navigate(url("/login?lang=en"));
        page.fill("#username", login);
        page.fill("#password", password);
        page.click("#login-form button[type=submit]");
        page.waitForLoadState();
    }

    private void startAtSeat(Page page, UUID seatId, String code) {
        startAtSeat(page, seatId, code, "kk");
    }

    private void chooseKazakh(Page page) {
        chooseLanguage(page, "kk");
        assertThat(page.locator("h1").textContent()).isEqualTo("Нұсқаулық");
    }

    private static UUID attempt(Page page) {
        return UUID.fromString(page.locator("#exam").getAttribute("data-attempt"));
    }

    /** Saves the answers through the client's own API in the workstation's session, each accepted. */
    private static void save(Page page, Map<Integer, Integer> answers) {
        StringBuilder list = new StringBuilder("[");
        answers.forEach((p, o) -> list.append('[').append(p).append(',').append(o).append("],"));
        list.append(']');
        int ok = ((Number) page.evaluate("async () => { const csrf = document.querySelector('meta[name=_csrf]').content;"
                + " const url = document.getElementById('exam').dataset.saveUrl; let ok = 0;"
                + " for (const [p, o] of " + list + ") { const r = await fetch(url + p, {method: 'PUT',"
                + " headers: {'Content-Type': 'application/json', 'X-CSRF-TOKEN': csrf},"
                + " body: JSON.stringify({option: o, seq: 1})}); if (r.ok) ok++; } return ok; }")).intValue();
        assertThat(ok).isEqualTo(answers.size());
    }

    /** Positions {@code from}..end: the first {@code correct} positions overall right, the others wrong. */
    private static Map<Integer, Integer> answers(List<Integer> key, int from, int correct) {
        Map<Integer, Integer> answers = new LinkedHashMap<>();
        for (int p = from; p <= key.size(); p++) {
            int right = key.get(p - 1);
            answers.put(p, p <= correct ? right : (right == 0 ? 1 : 0));
        }
        return answers;
    }

    /** "Finish", the confirmation that every question is answered, and the result page. */
    private static void finish(Page page) {
        page.click("#finish");
        page.waitForSelector("#confirm-finish");
        assertThat(page.locator("body").textContent()).contains("Барлық сұраққа жауап берілді");
        page.click("#confirm-finish button[type=submit]");
        page.waitForSelector("#result");
    }

    private static long seconds(String countdown) {
        String[] parts = countdown.strip().split(":");
        return Long.parseLong(parts[0]) * 60 + Long.parseLong(parts[1]);
    }

    // --- the data behind them ---------------------------------------------------------------------------------------

    private List<Integer> key(UUID attempt) {
        return fixtures().key(attempt);
    }

    private String state(UUID attempt) {
        return jdbc.sql("SELECT state FROM delivery_attempt WHERE id = ?").param(attempt).query(String.class).single();
    }

    /** A candidate checked in as the scheduling module publishes it (for the runs that are not about check-in). */
    private CandidateCheckedIn checkedInByEvent() {
        DeliveryFixtures fixtures = fixtures();
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn(SERVICE, List.of(1, 2), HallPolicy.open());
        fixtures.publish(checkIn);
        return checkIn;
    }

    /**
     * Today's session in a fresh hall at the proctor's centre with one admitted candidate assigned, planned by the
     * operator administrator through the operator API (the admission itself is the applications module's own test).
     */
    private Day day(int seats) throws Exception {
        String iin = freshIin();
        String surname = "Сапаров";
        String fullName = surname + " Ерлан Маратұлы";
        long account = accounts.register(new ApplicantRegistration(iin, surname, "Ерлан", "Маратұлы",
                iin + "@example.kz", "+7701" + iin.substring(5), PASSWORD, PASSWORD, "ru"));
        long application = admitted(account, iin);
        try (BrowserContext context = chromium.browser().newContext(); Page operator = context.newPage()) {
            signIn(operator, "operator-admin", "demo-operator-admin-2026");
            String csrf = JSON.readTree(operator.request().get(url("/api/v1/csrf")).text()).get("token").asString();
            JsonNode hall = post(operator, csrf, "/api/v1/operator/halls", """
                    {"centreId": "%s", "name": "Exam day hall %s", "address": "Almaty, Abay 10", "capacity": %d}"""
                    .formatted(DeliveryFixtures.CENTRE, UUID.randomUUID(), seats));
            JsonNode session = post(operator, csrf, "/api/v1/operator/sessions", """
                    {"hallId": "%s", "service": "%s", "date": "%s", "startsAt": "00:00"}"""
                    .formatted(hall.get("id").asString(), SERVICE, LocalDate.now(kz.attest.calendar.WorkingCalendar.ZONE)));
            JsonNode sittings = post(operator, csrf, "/api/v1/operator/sessions/" + session.get("id").asString()
                    + "/assignments", "{\"applicationIds\": [" + application + "]}");
            Map<String, UUID> seatIds = new LinkedHashMap<>();
            for (JsonNode seat : hall.get("seats")) {
                seatIds.put(seat.get("label").asString(), UUID.fromString(seat.get("id").asString()));
            }
            return new Day(session.get("id").asString(), sittings.get(0).get("id").asString(), iin, surname, fullName,
                    seatIds);
        }
    }

    private static JsonNode post(Page page, String csrf, String path, String json) {
        APIResponse response = page.request().post(page.url().replaceAll("(https?://[^/]+).*", "$1") + path,
                RequestOptions.create().setHeader("X-CSRF-TOKEN", csrf).setHeader("Content-Type", "application/json")
                        .setData(json));
        assertThat(response.status()).as(path + ": " + response.text()).isEqualTo(201);
        return JSON.readTree(response.text());
    }

    /** An application in status ADMITTED, as the applications module leaves it after ¶8. */
    private long admitted(long account, String iin) {
        return StoredApplications.insert(jdbc, account, iin, SERVICE, "dj-almaty", "", "ADMITTED", "officer",
                "EXAM-DAY-" + iin, Instant.now());
    }

    private static String freshIin() {
        return kz.attest.identity.TestIins.fresh();
    }

    private record Day(String session, String sitting, String iin, String surname, String fullName,
                       Map<String, UUID> seats) {
        UUID seat(String label) {
            return seats.get(label);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<Integer> flagged(UUID attempt) {
        return jdbc.sql("SELECT position FROM delivery_review_flag WHERE attempt_id = ? ORDER BY position")
                .param(attempt).query(Integer.class).list();
    }

}
