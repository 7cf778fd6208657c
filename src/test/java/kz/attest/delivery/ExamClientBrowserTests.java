package kz.attest.delivery;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import kz.attest.scheduling.CandidateCheckedIn;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate's client at exam-day scale (issue 12): the form is loaded once, the candidate moves between
 * questions in the browser without a page request, an answer given while the network is down is kept and sent when
 * it is back, and after the finish every answer is stored. Without a script the server-rendered pages still do the
 * whole job (¶16, ¶17: the candidate answers on the workstation within the stage's time).
 */
class ExamClientBrowserTests extends ExamInBrowser {

    ExamClientBrowserTests() {
        super(Paths.get("target/journeys"));
    }

    @Test
    void theCandidateMovesBetweenQuestionsInTheBrowserAnswersOfflineToAndEveryAnswerIsStored_000_16() {
        DeliveryFixtures fixtures = fixtures();
        CandidateCheckedIn checkIn = checkedIn(fixtures);
        try (BrowserContext context = chromium.browser().newContext(); Page page = context.newPage()) {
            page.setDefaultTimeout(60_000);
            List<String> documents = new CopyOnWriteArrayList<>();
            List<String> forms = new CopyOnWriteArrayList<>();
            page.onRequest(r -> {
                if ("document".equals(r.resourceType())) {
                    documents.add(r.method() + " " + r.url());
                }
                if (r.url().endsWith("/form")) {
                    forms.add(r.url());
                }
            });
            try {
                startStageOne(page, checkIn);
                UUID attempt = UUID.fromString(page.locator("#exam").getAttribute("data-attempt"));
                List<Integer> key = fixtures.key(attempt);
                page.waitForSelector("#exam[data-form-loaded]", new Page.WaitForSelectorOptions()
                        .setState(WaitForSelectorState.ATTACHED));
                // the Start answered with the first question's page itself (one request, no redirect: issue 12, the
                // start burst), and the script put the question's own address in the history
                assertThat(documents).as("documents up to the first question").contains("POST " + url("/exam/stages/1/start"))
                        .doesNotContain("GET " + url("/exam/stages/1/questions/1"));
                assertThat(page.url()).endsWith("/exam/stages/1/questions/1");
                documents.clear();

                // question 1, then next (in the browser): the text changes, no page is requested
                String firstStem = page.locator(".stem").textContent();
                answer(page, key.get(0));
                page.click("#next");
                page.waitForURL("**/questions/2");
                assertThat(page.locator("#question-number").textContent()).contains("2");
                assertThat(page.locator(".stem").textContent()).isNotEqualTo(firstStem);
                assertThat(page.locator("#answer input[type=radio]:checked").count()).isZero();
                answer(page, key.get(1));

                // the network goes away: the grid still moves, the answer waits in the queue
                context.setOffline(true);
                page.click(".question-grid a[data-position='5']");
                page.waitForURL("**/questions/5");
                assertThat(page.locator(".question-grid a.current").textContent()).isEqualTo("5");
                page.locator("#answer input[type=radio][value='" + key.get(4) + "']").check();
                page.waitForSelector(".save-state.queued");
                page.click("#previous");
                page.waitForURL("**/questions/4");
                page.locator("#answer input[type=radio][value='" + wrong(key.get(3)) + "']").check();
                page.click("#flag");
                assertThat(page.locator(".question-grid a[data-position='4']").getAttribute("class")).contains("flagged");
                context.setOffline(false);
                page.waitForSelector(".save-state.saved", new Page.WaitForSelectorOptions().setTimeout(60_000));
                for (String queue : List.of("queue", "flag-queue")) {
                    page.waitForFunction("() => (localStorage.getItem('attest.exam." + queue + "." + attempt + "')"
                            + " || '[]') === '[]'");
                }

                // back in history to question 5, then to 2 on the grid: each shows its answer as chosen
                page.goBack();
                page.waitForURL("**/questions/5");
                assertThat(page.locator("#answer input[type=radio]:checked").getAttribute("value"))
                        .isEqualTo(String.valueOf(key.get(4)));
                page.click(".question-grid a[data-position='2']");
                assertThat(page.locator("#answer input[type=radio]:checked").getAttribute("value"))
                        .isEqualTo(String.valueOf(key.get(1)));
                assertThat(page.locator("#answered-count").textContent()).isEqualTo("4");
                assertThat(documents).as("pages requested while moving between questions").isEmpty();
                // the page the Start led to carried the form (#exam-form): no request for it (issue 12, start burst)
                assertThat(forms).as("form loads").isEmpty();

                // a reload shows the same question, now from the server, with its answer
                page.reload();
                page.waitForSelector("#exam");
                assertThat(page.url()).endsWith("/questions/2");
                page.waitForSelector("#exam[data-form-loaded]", new Page.WaitForSelectorOptions()
                        .setState(WaitForSelectorState.ATTACHED));
                assertThat(forms).as("a reloaded later page asks for the form").hasSize(1);
                assertThat(page.locator("#answer input[type=radio]:checked").getAttribute("value"))
                        .isEqualTo(String.valueOf(key.get(1)));

                page.click("#finish");
                page.waitForSelector("#confirm-finish");
                page.click("#confirm-finish button[type=submit]");
                page.waitForSelector("#result");
                assertThat(page.locator("#correct").textContent()).isEqualTo("3 / 100");

                Map<Integer, Integer> stored = stored(attempt);
                assertThat(stored).containsExactlyInAnyOrderEntriesOf(Map.of(1, key.get(0), 2, key.get(1),
                        4, wrong(key.get(3)), 5, key.get(4)));
                assertThat(jdbc.sql("SELECT position FROM delivery_review_flag WHERE attempt_id = ?").param(attempt)
                        .query(Integer.class).list()).containsExactly(4);
                shot(page, "exam-client-result");
            } catch (RuntimeException | AssertionError e) {
                shot(page, "exam-client-failure");
                throw e;
            }
        }
    }

    @Test
    void withoutAScriptTheServerRenderedPagesStillCarryTheWholeStage_000_16() {
        DeliveryFixtures fixtures = fixtures();
        CandidateCheckedIn checkIn = checkedIn(fixtures);
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(false)); Page page = context.newPage()) {
            page.setDefaultTimeout(60_000);
            try {
                startStageOne(page, checkIn);
                UUID attempt = UUID.fromString(page.locator("#exam").getAttribute("data-attempt"));
                List<Integer> key = fixtures.key(attempt);
                for (int p = 1; p <= 3; p++) {
                    page.locator("#answer input[type=radio][value='" + key.get(p - 1) + "']").check();
                    page.click("#answer button[type=submit]");
                    page.waitForURL("**/questions/" + (p + 1));
                }
                page.click(".question-grid a[data-position='2']");
                page.waitForURL("**/questions/2");
                assertThat(page.locator("#answer input[type=radio]:checked").getAttribute("value"))
                        .isEqualTo(String.valueOf(key.get(1)));
                page.click("#finish");
                page.waitForSelector("#confirm-finish");
                page.click("#confirm-finish button[type=submit]");
                page.waitForSelector("#result");
                assertThat(stored(attempt)).containsExactlyInAnyOrderEntriesOf(Map.of(1, key.get(0), 2, key.get(1),
                        3, key.get(2)));
            } catch (RuntimeException | AssertionError e) {
                shot(page, "exam-client-noscript-failure");
                throw e;
            }
        }
    }

    private void startStageOne(Page page, CandidateCheckedIn checkIn) {
        startAtSeat(page, checkIn.seatId(), checkIn.workstationCode(), "ru");
        chooseLanguage(page, "ru");
        page.click("#stage-1 .start-stage");
        page.waitForSelector("#exam");
    }

    private static void answer(Page page, int option) {
        page.locator("#answer input[type=radio][value='" + option + "']").check();
        page.waitForFunction("() => !document.querySelector('.save-state').classList.contains('saving')"
                + " && document.querySelector('.save-state').classList.contains('saved')");
    }

    private static int wrong(int right) {
        return right == 0 ? 1 : 0;
    }

    private Map<Integer, Integer> stored(UUID attempt) {
        return jdbc.sql("SELECT position, option FROM delivery_answer WHERE attempt_id = ?").param(attempt)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
