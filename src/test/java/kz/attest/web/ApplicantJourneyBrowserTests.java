package kz.attest.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import kz.attest.Chromium;
import kz.attest.catalogue.Catalogue;
import kz.attest.identity.Accounts;
import kz.attest.identity.ApplicantRegistration;
import kz.attest.identity.TestIins;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's journey in a real browser, in Kazakh and in Russian (issue 14): sign in, the cabinet's cards, the
 * catalogue, a service's "Apply", the draft with a refused file told next to its field, notices and results — by
 * clicking only. Every screen is saved to {@code target/journeys/}, checked with axe-core (vendored from npm in
 * {@code src/test/resources/axe}: no "serious" or "critical" violation) and scanned for codes, keys and ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc   // not used here: it makes the browser tests share one cached context (docs/testing.md)
class ApplicantJourneyBrowserTests {

    @RegisterExtension
    static final Chromium chromium = new Chromium();
    private static final Path JOURNEYS = Path.of("target/journeys");
    private static final String PASSWORD = "qazaqstan2026";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Catalogue catalogue;

    private final List<String> findings = new ArrayList<>();
    private int screen;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru"})
    void theApplicantFindsTheWayByClickingOnly(String language) throws IOException {
        String iin = TestIins.fresh();
        accounts.register(new ApplicantRegistration(iin, "Journeyова", "Айгерім", null, iin + "@example.kz",
                "+7701" + iin.substring(5), PASSWORD, PASSWORD, language));
        Browser browser = chromium.browser();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true)
                .setLocale(language)); Page page = context.newPage()) {
            page.navigate(url("/login?lang=" + language));
            check(page, language, "login");
            page.fill("#username", iin);
            page.fill("#password", PASSWORD);
            page.click("#login-form button[type=submit]");
            page.waitForURL("**/cabinet");
            check(page, language, "cabinet");
            assertThat(page.locator("#card-applications").isVisible()).isTrue();

            page.click("header nav.main-nav a[href='/services']");
            page.waitForURL("**/services");
            check(page, language, "catalogue");
            page.click("a[href='/services/ADVOCATE_ATTESTATION']");
            page.waitForURL("**/services/ADVOCATE_ATTESTATION");
            check(page, language, "service");
            page.click("#apply-ADVOCATE_ATTESTATION");
            page.waitForURL("**/applications/new?service=ADVOCATE_ATTESTATION");
            check(page, language, "apply");
            page.click("#service-ADVOCATE_ATTESTATION button[type=submit]");
            page.waitForURL("**/applications/drafts/**");
            check(page, language, "draft");
            page.click("#wizard-next");
            page.waitForSelector("#documents");
            check(page, language, "draft-documents");

            page.setInputFiles("#document-LAW_DIPLOMA input[type=file]", new FilePayload("diploma.pdf",
                    "application/pdf", "MZ not a PDF at all".getBytes(StandardCharsets.US_ASCII)));
            page.click("#document-LAW_DIPLOMA button[type=submit]");
            page.waitForSelector("#document-error-LAW_DIPLOMA");
            check(page, language, "draft-refused-file");
            assertThat(page.locator("#document-error-LAW_DIPLOMA").textContent()).isNotBlank();

            page.click("header nav.main-nav a[href='/cabinet/notices']");
            page.waitForURL("**/cabinet/notices");
            check(page, language, "notices");
            page.click("header nav.main-nav a[href='/cabinet/results']");
            page.waitForURL("**/cabinet/results");
            check(page, language, "results");
            page.click("header nav.main-nav a[href='/cabinet']");
            page.waitForURL("**/cabinet");
        }
        assertThat(findings).as("accessibility violations and codes on the applicant's screens").isEmpty();
    }

    /** Screenshot, axe-core (serious and critical only) and the code scan of the screen shown. */
    private void check(Page page, String language, String name) throws IOException {
        screen++;
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(JOURNEYS.resolve("applicant").resolve(language).resolve(String.format("%02d-%s.png", screen, name))));
        Journey.accessibilityViolations(page).forEach(v -> findings.add(language + " " + name + ": " + v));
        Set<String> codes = new HashSet<>();
        catalogue.all().forEach(service -> codes.add(service.code().value()));
        catalogue.specialties().forEach(specialty -> codes.add(specialty.code()));
        String text = NavigationWalkTests.visibleText(page.content());
        NavigationWalkTests.codesIn(language + " " + name, text, codes).forEach(findings::add);
    }


    private String url(String path) {
        return "http://localhost:" + port + path;
    }

}
