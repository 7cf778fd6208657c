package kz.attest.web;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import kz.attest.demo.DemoCandidatesForTests;
import kz.attest.identity.TestIins;
import kz.attest.itembank.BankText;
import kz.attest.itembank.ItemBank;
import kz.attest.itembank.ItemContent;
import kz.attest.itembank.ItemDraft;
import kz.attest.scheduling.CheckInResult;
import kz.attest.testing.InBrowser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journeys of the roles not walked elsewhere, in a real browser in Kazakh and in Russian (issue 14), on the
 * demonstration data: the public (catalogue, a service's "Apply", verification), the operator (halls, a session, its
 * check-in list), the proctor (check-in, the live console, pause and resume, an act), the candidate at a workstation
 * (a stage with an offline moment, finish, the result, then the result sheet in the cabinet) and the question author
 * and reviewer (four eyes, ¶14). Every screen goes through {@link Journey}: a screenshot under
 * {@code target/journeys/<journey>/<lang>/}, axe-core and the code scan. One browser for the class; each journey
 * has its own context.
 */
class RoleJourneyBrowserTests extends InBrowser {

    @Autowired
    ApplicationContext context;
    @Autowired
    ItemBank itemBank;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru"})
    void thePublicFindsAServiceAppliesAndVerifiesADocument(String language) {
        String number = jdbc.sql("SELECT number FROM decision_outcome WHERE status = 'SIGNED' ORDER BY number LIMIT 1")
                .query(String.class).single();
        journey("public", language, (page, journey) -> {
            page.navigate(url("/?lang=" + language));
            journey.check(page, "home");
            journey.follow(page, "header nav a[href='/services']", "**/services", "catalogue");
            journey.follow(page, "a[href='/services/ADVOCATE_ATTESTATION']", "**/services/ADVOCATE_ATTESTATION", "service");
            journey.follow(page, "#apply-ADVOCATE_ATTESTATION", "**/login**", "apply-sign-in");
            // the decision's QR code leads to the verification page with its number
            page.navigate(url("/verify?number=" + number));
            journey.check(page, "verify");
            page.fill("input[name=code]", "0000000000000000");
            page.click("form[action='/verify'] button[type=submit]");
            page.waitForLoadState();
            journey.check(page, "verify-unknown-code");
            assertThat(page.locator("main").textContent()).as("the page tells the document is unknown").isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru"})
    void theOperatorOpensTheHallsAndASessionWithItsCandidates(String language) {
        journey("operator", language, (page, journey) -> {
            signIn(page, language, "operator-admin", "demo-operator-admin-2026", "**/staff");
            journey.check(page, "workplace");
            journey.follow(page, "#workplace .links a[href='/operator/halls']", "**/operator/halls", "halls");
            journey.follow(page, "a[href^='/operator/halls/']", "**/operator/halls/*", "hall");
            journey.follow(page, "a[href='/operator/sessions']", "**/operator/sessions", "sessions");
            journey.follow(page, "a[href^='/operator/sessions/']", "**/operator/sessions/*", "session");
            assertThat(page.locator("main table").count()).isPositive();
        }, "operator-admin");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru"})
    void theProctorChecksInWatchesTheHallPausesAndDrawsAnAct(String language) {
        String iin = TestIins.fresh();
        CheckInResult seat = DemoCandidatesForTests.checkedIn(context, iin, "Проктор" + language, "Тест", true);
        journey("proctor", language, (page, journey) -> {
            signIn(page, language, "proctor", "demo-proctor-2026", "**/staff");
            journey.check(page, "workplace");
            journey.follow(page, "#workplace .links a[href='/check-in']", "**/check-in", "sessions-today");
            journey.follow(page, "a[href^='/check-in/']", "**/check-in/*", "check-in");
            page.navigate(url("/staff"));
            // the workplace links every hall's live console; other tests' halls may come first: open the one with
            // this candidate's seat
            List<String> consoles = page.locator("#workplace .links a[href$='/live']").all().stream()
                    .map(link -> link.getAttribute("href")).toList();
            assertThat(consoles).as("live consoles on the proctor's workplace").isNotEmpty();
            boolean found = false;
            for (String console : consoles) {
                page.navigate(url(console));
                if (page.locator("#seat-" + seat.sittingId()).count() > 0) {
                    found = true;
                    break;
                }
            }
            assertThat(found).as("a live console shows the checked-in candidate").isTrue();
            page.waitForSelector("#seat-" + seat.sittingId());
            journey.check(page, "live-console");
            page.click("#seat-" + seat.sittingId() + " a[href^='/proctor/live/sittings/']");
            page.waitForSelector("#pause");
            journey.check(page, "sitting");
            page.fill("#pause input[name=reason]", "Кандидат просит выйти / Үміткер шығуды сұрайды");
            page.click("#pause button[type=submit]");
            page.waitForSelector("#resume");
            journey.check(page, "paused");
            assertThat(page.locator("#pause").count()).as("Pause and Resume are never offered together").isZero();
            page.fill("#resume input[name=reason]", "Кандидат вернулся / Үміткер оралды");
            page.click("#resume button[type=submit]");
            page.waitForSelector("#pause");
            journey.check(page, "resumed");
            page.fill("#violation textarea[name=description]", "Использовал мобильный телефон / Ұялы телефон қолданды");
            page.fill("#violation input[name=witnesses]", "Омарова М., Жақсылықов Е.");
            page.check("#violation-confirm");
            journey.check(page, "act-filled");
            page.click("#violation button[type=submit]");
            page.waitForSelector("#acts li");
            journey.check(page, "act-drawn");
        }, "proctor");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru"})
    void theCandidateSitsAStageThroughAnOfflineMomentAndFindsTheResultSheet(String language) {
        String iin = TestIins.fresh();
        CheckInResult seat = DemoCandidatesForTests.checkedIn(context, iin, "Кандидат" + language, "Тест", false);
        journey("candidate", language, (page, journey) -> {
            page.navigate(url("/exam/seat/" + seat.seatId() + "?lang=" + language));
            journey.check(page, "workstation");
            page.fill("#code", seat.workstationCode());
            page.click("#start button[type=submit]");
            page.waitForSelector("#language");
            journey.check(page, "language");
            page.click("#language button[value=" + language + "]");
            page.waitForSelector("#stages");
            journey.check(page, "briefing");
            page.click("#stage-1 .start-stage");
            page.waitForSelector("#exam");
            page.locator("#answer input[type=radio]").first().check();
            page.waitForSelector(".save-state.saved");
            journey.check(page, "question-saved");
            page.click("#next");
            page.waitForURL("**/questions/2");
            page.context().setOffline(true);
            page.locator("#answer input[type=radio]").first().check();
            page.waitForSelector(".save-state.queued");
            journey.check(page, "question-offline");
            page.context().setOffline(false);
            page.waitForSelector(".save-state.saved");
            journey.check(page, "question-back-online");
            page.click("#finish");
            page.waitForSelector("#confirm-finish");
            journey.check(page, "finish");
            page.click("#confirm-finish button[type=submit]");
            page.waitForSelector("#result");
            journey.check(page, "result");

            // the candidate signs in to the cabinet: the results with the sheet of the sitting
            page.navigate(url("/login?lang=" + language));
            signIn(page, language, iin, DemoCandidatesForTests.PASSWORD, "**/cabinet");
            journey.check(page, "cabinet");
            journey.follow(page, "header nav.main-nav a[href='/cabinet/results']", "**/cabinet/results", "results");
            String sheet = page.locator("a[href$='.pdf']").first().getAttribute("href");
            APIResponse pdf = page.request().get(url(sheet));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru"})
    void anAuthorsQuestionIsReviewedByTheOtherAuthorOnly_000_14(String language) {
        String topic = catalogue.get("ADVOCATE_ATTESTATION").stages().getFirst().blueprint().orElseThrow().quotas()
                .getFirst().topic();
        UUID item = itemBank.createItem(new ItemDraft(topic, new ItemContent(
                new BankText("[DEMO] Журнал сұрағы " + language, "[DEMO] Вопрос маршрута " + language),
                List.of(new BankText("иә", "да"), new BankText("жоқ", "нет"), new BankText("кейде", "иногда"),
                        new BankText("ешқашан", "никогда")), 0, null), false), "author");
        itemBank.submitItem(item, "author");
        journey("four-eyes", language, (page, journey) -> {
            signIn(page, language, "author", "demo-author-2026", "**/staff");
            journey.check(page, "author-workplace");
            journey.follow(page, "#workplace .links a[href='/itembank']", "**/itembank", "author-bank");
            page.click("a[href='/itembank/items/" + item + "']");
            page.waitForSelector("#own-work");
            journey.check(page, "author-own-question");
            assertThat(page.locator("form[action$='/approve']").count()).as("no Approve on one's own question").isZero();
            page.context().clearCookies();   // the reviewer takes the same browser

            page.navigate(url("/login?lang=" + language));
            signIn(page, language, "author2", "demo-author2-2026", "**/staff");
            journey.check(page, "reviewer-workplace");
            journey.follow(page, "#workplace .figures a[href='/itembank?status=IN_REVIEW'], #workplace a[href='/itembank?status=IN_REVIEW']", "**/itembank?status=IN_REVIEW", "reviewer-queue");
            page.click("a[href='/itembank/items/" + item + "']");
            page.waitForSelector("form[action$='/approve']");
            journey.check(page, "reviewer-question");
            page.click("form[action$='/send-back'] button[type=submit]");
            page.waitForSelector("#notice");
            journey.check(page, "reviewer-sent-back");
        }, "author", "author2");
    }

    private void journey(String name, String language, JourneySteps steps, String... staff) {
        Journey journey = new Journey(name, language, catalogue);
        try (BrowserContext browserContext = context(language); Page page = browserContext.newPage()) {
            try {
                steps.walk(page, journey);
            } catch (RuntimeException | AssertionError e) {
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Journey.ROOT.resolve(name).resolve(language).resolve("failure.png")));
                throw e;
            }
        } finally {
            keepRussian(staff);
        }
        assertThat(journey.findings()).as("accessibility violations and codes on the %s journey's screens", name)
                .isEmpty();
    }

    @FunctionalInterface
    private interface JourneySteps {
        void walk(Page page, Journey journey);
    }

}
