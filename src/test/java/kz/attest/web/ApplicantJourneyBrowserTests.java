package kz.attest.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import kz.attest.identity.ApplicantRegistration;
import kz.attest.identity.TestIins;
import kz.attest.testing.InBrowser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's journey in a real browser, in Kazakh and in Russian (issue 14): sign in, the cabinet's cards, the
 * catalogue, a service's "Apply", the draft with a refused file told next to its field, notices and results — by
 * clicking only. Every screen is saved to {@code target/journeys/}, checked with axe-core (vendored from npm in
 * {@code src/test/resources/axe}: no "serious" or "critical" violation) and scanned for codes, keys and ids.
 */
class ApplicantJourneyBrowserTests extends InBrowser {

    private static final String PASSWORD = "qazaqstan2026";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru"})
    void theApplicantFindsTheWayByClickingOnly(String language) throws IOException {
        String iin = TestIins.fresh();
        Journey journey = new Journey("applicant", language, catalogue);
        accounts.register(new ApplicantRegistration(iin, "Journeyова", "Айгерім", null, iin + "@example.kz",
                "+7701" + iin.substring(5), PASSWORD, PASSWORD, language));
        try (BrowserContext context = context(language); Page page = context.newPage()) {
            page.navigate(url("/login?lang=" + language));
            journey.check(page, "login");
            page.fill("#username", iin);
            page.fill("#password", PASSWORD);
            journey.follow(page, "#login-form button[type=submit]", "**/cabinet", "cabinet");
            assertThat(page.locator("#card-applications").isVisible()).isTrue();

            journey.follow(page, "header nav.main-nav a[href='/services']", "**/services", "catalogue");
            journey.follow(page, "a[href='/services/ADVOCATE_ATTESTATION']", "**/services/ADVOCATE_ATTESTATION", "service");
            journey.follow(page, "#apply-ADVOCATE_ATTESTATION", "**/applications/new?service=ADVOCATE_ATTESTATION", "apply");
            journey.follow(page, "#service-ADVOCATE_ATTESTATION button[type=submit]", "**/applications/drafts/**", "draft");
            page.click("#wizard-next");
            page.waitForSelector("#documents");
            journey.check(page, "draft-documents");

            page.setInputFiles("#document-LAW_DIPLOMA input[type=file]", new FilePayload("diploma.pdf",
                    "application/pdf", "MZ not a PDF at all".getBytes(StandardCharsets.US_ASCII)));
            page.click("#document-LAW_DIPLOMA button[type=submit]");
            page.waitForSelector("#document-error-LAW_DIPLOMA");
            journey.check(page, "draft-refused-file");
            assertThat(page.locator("#document-error-LAW_DIPLOMA").textContent()).isNotBlank();

            journey.follow(page, "header nav.main-nav a[href='/cabinet/notices']", "**/cabinet/notices", "notices");
            journey.follow(page, "header nav.main-nav a[href='/cabinet/results']", "**/cabinet/results", "results");
            page.click("header nav.main-nav a[href='/cabinet']");
            page.waitForURL("**/cabinet");
        }
        assertThat(journey.findings()).as("accessibility violations and codes on the applicant's screens").isEmpty();
    }

}
