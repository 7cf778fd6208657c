package kz.attest.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import kz.attest.identity.TestIins;
import org.junit.jupiter.api.Test;
import kz.attest.testing.InBrowser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, hostile corpus "in Playwright no injected script runs": hostile text — {@code <script>}, an
 * {@code <img onerror>}, an {@code <svg onload>}, a {@code javascript:} URL and attribute-breakers — is stored through
 * the real forms where text is shown to others (the registration form's names, a document's file name on the
 * application, a complaint's text, a question's text and options by an author), then every page that shows it is
 * opened as each role that views it. No dialog may open and the window marker the payloads would set stays unset.
 * The browser ignores the Content-Security-Policy here, so it is the escaping itself that is proved, not only the
 * policy. Screenshots under {@code target/journeys/}.
 */
class InjectedScriptBrowserTests extends InBrowser {

    private static final Path JOURNEYS = Path.of("target/journeys");
    private static final String PASSWORD = "qazaqstan2026";

    /** Names (at most 100 characters each). */
    static final String SURNAME = "<img src=x onerror=\"window.__xss=1;alert(1)\">";
    static final String GIVEN_NAME = "\"'><svg onload=\"window.__xss=2;alert(2)\">";
    static final String PATRONYMIC = "<script>window.__xss=3;alert(3)</script>";
    /** Free text: every kind at once, with breakers for a textarea, an attribute and a script context. */
    static final String TEXT = "</textarea></title><script>window.__xss=4;alert(4)</script>"
            + "<img src=x onerror=\"window.__xss=5;alert(5)\"><svg/onload=\"window.__xss=6;alert(6)\">"
            + "<a id=\"xss-link\" href=\"javascript:window.__xss=7;alert(7)\">javascript-link</a>"
            + "\" autofocus onfocus=\"window.__xss=8;alert(8)\" x=\"' onmouseover='window.__xss=9'"
            + "<iframe src=\"javascript:alert(10)\"></iframe>";
    static final String FILE_NAME = "<img src=x onerror=alert(11)>.pdf";

    private final List<String> fired = new ArrayList<>();
    private final List<String> visited = new ArrayList<>();
    private final List<String> notShown = new ArrayList<>();
    /** Pages that must show a stored payload (as text), so that the test is seen to reach it. */
    private final java.util.Set<String> mustShow = new java.util.HashSet<>();
    private int screen;

    @Test
    void noInjectedScriptRunsOnAnyPageThatShowsAnotherPersonsText() throws Exception {
        String iin = TestIins.fresh();
        long application;
        String draft;
        long appeal;
        String item;
        try (BrowserContext context = context("ru"); Page page = watched(context.newPage())) {
            // the names, through the registration form
            page.navigate(url("/register?lang=ru"));
            page.fill("#iin", iin);
            page.fill("#surname", SURNAME);
            page.fill("#givenName", GIVEN_NAME);
            page.fill("#patronymic", PATRONYMIC);
            page.fill("#email", iin + "@example.kz");
            page.fill("#phone", "+7701" + iin.substring(5));
            page.fill("#password", PASSWORD);
            page.fill("#passwordConfirmation", PASSWORD);
            page.click("#registration-form button[type=submit]");
            page.waitForURL("**/login?registered");
            signIn(page, iin, PASSWORD, "**/cabinet");
            look(page, "applicant", "/cabinet");

            // a document with a hostile file name, through the draft's upload form
            page.navigate(url("/applications/new?service=ADVOCATE_ATTESTATION"));
            page.click("#service-ADVOCATE_ATTESTATION button[type=submit]");
            page.waitForURL("**/applications/drafts/**");
            draft = page.url().replaceAll(".*/applications/drafts/([0-9a-f-]{36}).*", "$1");
            page.click("#wizard-next");   // the wizard's documents step (issue 14)
            page.waitForSelector("#documents");
            page.setInputFiles("#document-LAW_DIPLOMA input[type=file]",
                    new FilePayload(FILE_NAME, "application/pdf", pdf()));
            page.click("#document-LAW_DIPLOMA button[type=submit]");
            page.waitForLoadState();
            look(page, "applicant", "/applications/drafts/" + draft);
            assertThat(page.locator("body").innerText()).as("the file name shown as text").contains("onerror");

            // the draft becomes an application of its provider (its signature is the signature module's business)
            application = submitted(UUID.fromString(draft), iin);

            // a complaint, through the form on the application's appeals page
            page.navigate(url("/applications/" + application + "/appeals"));
            page.selectOption("#file-appeal select[name=addressee]", "PROVIDER_HEAD");
            page.fill("#file-appeal textarea[name=text]", TEXT);
            page.click("#file-appeal button[type=submit]");
            page.waitForURL("**/appeals/*");
            appeal = Long.parseLong(page.url().replaceAll(".*/appeals/(\\d+).*", "$1"));
            mustShow.addAll(List.of("/appeals/" + appeal, "/office/applications/" + application, "/cabinet"));
            for (String path : List.of("/appeals/" + appeal, "/applications/" + application,
                    "/applications/" + application + "/appeals", "/applications/drafts/" + draft, "/cabinet/notices",
                    "/cabinet")) {
                look(page, "applicant", path);
            }
            assertThat(page.locator("body").innerText()).doesNotContain("window.__xss=4;alert(4)</script>x");
        }

        // a question by an author, through the item form
        try (BrowserContext context = context("ru"); Page page = watched(context.newPage())) {
            signIn(page, "author", "demo-author-2026", "**/staff");
            page.navigate(url("/itembank/items/new"));
            page.fill("#stemKk", TEXT);
            page.fill("#stemRu", TEXT);
            var kk = page.locator("#options input[name=optionKk]");
            var ru = page.locator("#options input[name=optionRu]");
            for (int i = 0; i < Math.min(4, kk.count()); i++) {
                kk.nth(i).fill(i == 0 ? SURNAME : GIVEN_NAME + i);
                ru.nth(i).fill(i == 0 ? PATRONYMIC : TEXT.substring(0, 60) + i);
            }
            page.locator("#options input[name=correct]").first().check();
            page.click("#item-form button[type=submit]");
            page.waitForURL("**/itembank/items/*");
            item = page.url().replaceAll(".*/itembank/items/([0-9a-f-]{36}).*", "$1");
            mustShow.addAll(List.of("/itembank/items/" + item, "/itembank/items/" + item + "/preview",
                    "/itembank/items/" + item + "/edit"));
            for (String path : List.of("/itembank/items/" + item, "/itembank/items/" + item + "/preview",
                    "/itembank/items/" + item + "/edit", "/itembank/items", "/itembank")) {
                look(page, "author", path);
            }
        }

        // the staff who see the applicant's names, file and complaint
        for (String[] staff : List.of(new String[]{"officer", "demo-officer-2026"}, new String[]{"head", "demo-head-2026"})) {
            try (BrowserContext context = context("ru"); Page page = watched(context.newPage())) {
                signIn(page, staff[0], staff[1], "**/staff");
                for (String path : List.of("/office/applications", "/office/applications/" + application,
                        "/office/applications/" + application + "/requirements", "/office/appeals",
                        "/appeals/" + appeal, "/staff")) {
                    look(page, staff[0], path);
                }
            }
        }
        System.out.printf("Injected scripts: %d pages opened as applicant, author, officer and head showing stored"
                + " hostile names, file name, complaint and question text; dialogs: %d, marker set: %d%n",
                visited.size(), fired.size(), fired.stream().filter(f -> f.contains("marker")).count());
        assertThat(fired).as("dialogs opened or markers set by stored hostile text").isEmpty();
        assertThat(notShown).as("pages that should show the stored hostile text as text").isEmpty();
    }

    private Page watched(Page page) {
        page.onDialog(dialog -> {
            fired.add(page.url() + ": dialog " + dialog.message());
            dialog.dismiss();
        });
        return page;
    }

    private void signIn(Page page, String login, String password, String landing) {
        page.navigate(url("/login?lang=ru"));
        signIn(page, "ru", login, password, landing);
    }

    /** Opens the page, lets it settle, hovers and focuses what it can, and checks the marker. */
    private void look(Page page, String role, String path) throws IOException {
        if (!page.url().endsWith(path)) {
            page.navigate(url(path));
        }
        page.waitForLoadState();
        page.evaluate("() => { document.querySelectorAll('a, img, svg, input, textarea, td, p, span, li')"
                + ".forEach(e => { e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); }); }");
        Object marker = page.evaluate("() => window.__xss === undefined ? null : String(window.__xss)");
        if (marker != null) {
            fired.add(role + " " + path + ": marker " + marker);
        }
        visited.add(role + " " + path);
        if (mustShow.contains(path) && !page.content().contains("onerror")) {
            notShown.add(role + " " + path);
        }
        screen++;
        page.screenshot(new Page.ScreenshotOptions().setPath(JOURNEYS.resolve(
                "injected-" + String.format("%02d", screen) + "-" + role + path.replaceAll("[^a-z0-9]+", "-") + ".png")));
    }

    /** The application a signed submission of the draft would create, written as the application module does. */
    private long submitted(UUID draft, String iin) {
        // to the demonstration officer's and head's organisation, so that they are the staff who see it
        jdbc.sql("UPDATE application_draft SET provider_id = ? WHERE id = ?").params(Endpoints.ORGANISATION, draft).update();
        var row = jdbc.sql("SELECT account_id, provider_id FROM application_draft WHERE id = ?").param(draft)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2)}).single();
        Timestamp at = Timestamp.from(Instant.now());
        long id = jdbc.sql("""
                        INSERT INTO application_application (draft_id, registration_number, account_id, applicant_iin,
                            service_code, provider_id, status, received_at, signed_content, signature)
                        VALUES (?, ?, ?, ?, 'ADVOCATE_ATTESTATION', ?, 'ADMITTED', ?, ?, ?) RETURNING id""")
                .params(draft, "XS-" + draft.toString().substring(0, 8), row[0], iin, row[1], at, new byte[]{1}, new byte[]{1})
                .query(Long.class).single();
        jdbc.sql("UPDATE application_draft SET application_id = ? WHERE id = ?").params(id, draft).update();
        jdbc.sql("INSERT INTO application_step (application_id, seq, status, actor, at) VALUES (?, 1, 'ADMITTED', 'officer', ?)")
                .params(id, at).update();
        return id;
    }

    private static byte[] pdf() throws IOException {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
