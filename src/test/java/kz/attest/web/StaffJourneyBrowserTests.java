package kz.attest.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import kz.attest.testing.InBrowser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each staff role's way through its workplace in a real browser (issue 14): sign in, then open every page linked from
 * the workplace's cards by clicking, in Kazakh and in Russian. Every screen goes through {@link Journey}: a screenshot
 * under {@code target/journeys/<login>/<lang>/}, axe-core (no "serious" or "critical" violation) and the scan for
 * codes, keys and ids.
 */
class StaffJourneyBrowserTests extends InBrowser {

    @ParameterizedTest(name = "{0} in {2}")
    @CsvSource({"officer, demo-officer-2026, kk", "officer, demo-officer-2026, ru", "head, demo-head-2026, kk",
            "head, demo-head-2026, ru", "operator-admin, demo-operator-admin-2026, kk",
            "operator-admin, demo-operator-admin-2026, ru", "proctor, demo-proctor-2026, kk",
            "proctor, demo-proctor-2026, ru", "author, demo-author-2026, kk", "author, demo-author-2026, ru",
            "auditor, demo-auditor-2026, kk", "auditor, demo-auditor-2026, ru", "admin, demo-admin-2026, kk",
            "admin, demo-admin-2026, ru", "commission, demo-commission-2026, kk",
            "commission, demo-commission-2026, ru"})
    void theWorkplaceLeadsToEveryPageOfTheRole(String login, String password, String language) {
        Journey journey = new Journey(login, language, catalogue);
        try (BrowserContext context = context(language); Page page = context.newPage()) {
            page.navigate(url("/login?lang=" + language));
            signIn(page, language, login, password, "**/staff");
            journey.check(page, "workplace");
            List<String> hrefs = new ArrayList<>();
            for (Object href : (List<?>) page.evaluate(
                    "() => [...document.querySelectorAll('#workplace .links a')].map(a => a.getAttribute('href'))")) {
                String value = String.valueOf(href);
                if (!value.endsWith(".p12") && !hrefs.contains(value)) {
                    hrefs.add(value);
                }
            }
            for (String href : hrefs) {
                page.navigate(url("/staff"));
                page.click("#workplace .links a[href='" + href + "']");
                page.waitForURL(address -> !address.equals(url("/staff")));   // and its load event
                journey.check(page, href.replaceAll("[^a-z0-9]+", "-"));
            }
        } finally {
            keepRussian(login);
        }
        assertThat(journey.findings()).as("accessibility violations and codes on %s's screens", login).isEmpty();
    }
}
