package kz.attest.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import kz.attest.Chromium;
import kz.attest.catalogue.Catalogue;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each staff role's way through its workplace in a real browser (issue 14): sign in, then open every page linked from
 * the workplace's cards by clicking, in Kazakh and in Russian. Every screen is saved to {@code target/journeys/}, checked
 * with axe-core (no "serious" or "critical" violation) and scanned for codes, keys and ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc   // not used here: it makes the browser tests share one cached context (docs/testing.md)
class StaffJourneyBrowserTests {

    @RegisterExtension
    static final Chromium chromium = new Chromium();
    private static final Path JOURNEYS = Path.of("target/journeys");

    @LocalServerPort
    int port;
    @Autowired
    Catalogue catalogue;

    @ParameterizedTest(name = "{0} in {2}")
    @CsvSource({"officer, demo-officer-2026, kk", "officer, demo-officer-2026, ru", "head, demo-head-2026, kk",
            "head, demo-head-2026, ru", "operator-admin, demo-operator-admin-2026, kk",
            "operator-admin, demo-operator-admin-2026, ru", "proctor, demo-proctor-2026, kk",
            "proctor, demo-proctor-2026, ru", "author, demo-author-2026, kk", "author, demo-author-2026, ru",
            "auditor, demo-auditor-2026, kk", "auditor, demo-auditor-2026, ru", "admin, demo-admin-2026, kk",
            "admin, demo-admin-2026, ru", "commission, demo-commission-2026, kk",
            "commission, demo-commission-2026, ru"})
    void theWorkplaceLeadsToEveryPageOfTheRole(String login, String password, String language) throws IOException {
        List<String> findings = new ArrayList<>();
        Browser browser = chromium.browser();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true));
             Page page = context.newPage()) {
            page.navigate(url("/login?lang=" + language));
            page.fill("#username", login);
            page.fill("#password", password);
            page.click("#login-form button[type=submit]");
            page.waitForURL("**/staff");
            check(page, login, language, 0, "workplace", findings);
            List<String> hrefs = new ArrayList<>();
            for (Object href : (List<?>) page.evaluate(
                    "() => [...document.querySelectorAll('#workplace .links a')].map(a => a.getAttribute('href'))")) {
                String value = String.valueOf(href);
                if (!value.endsWith(".p12") && !hrefs.contains(value)) {
                    hrefs.add(value);
                }
            }
            int screen = 0;
            for (String href : hrefs) {
                page.navigate(url("/staff"));
                page.click("#workplace .links a[href='" + href + "']");
                page.waitForLoadState();
                check(page, login, language, ++screen, href.replaceAll("[^a-z0-9]+", "-"), findings);
            }
        } finally {
            // the sign-in page's choice is remembered for the account: give the demo account its Russian back
            resetLanguage(login);
        }
        assertThat(findings).as("accessibility violations and codes on %s's screens", login).isEmpty();
    }

    @Autowired
    kz.attest.identity.Accounts accounts;

    private void resetLanguage(String login) {
        accounts.findByLoginName(login).ifPresent(user ->
                accounts.rememberLanguage(user.accountId(), java.util.Locale.forLanguageTag("ru")));
    }

    private void check(Page page, String login, String language, int screen, String name, List<String> findings)
            throws IOException {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(JOURNEYS.resolve(login)
                .resolve(language).resolve(String.format("%02d-%s.png", screen, name))));
        String where = login + " " + language + " " + page.url().replace(url(""), "");
        Journey.accessibilityViolations(page).forEach(v -> findings.add(where + ": " + v));
        Set<String> codes = new HashSet<>();
        catalogue.all().forEach(service -> codes.add(service.code().value()));
        catalogue.specialties().forEach(specialty -> codes.add(specialty.code()));
        if (!page.url().contains("/audit")) {
            findings.addAll(NavigationWalkTests.codesIn(where, NavigationWalkTests.visibleText(page.content()), codes));
        }
    }


    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
