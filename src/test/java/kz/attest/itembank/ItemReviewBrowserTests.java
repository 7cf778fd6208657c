package kz.attest.itembank;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import kz.attest.catalogue.ServiceCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import kz.attest.testing.InBrowser;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the demonstration author writes a question in Kazakh and Russian, previews it and submits it;
 * a second question author (four eyes, ¶12) approves it; the approved question is then drawn into an advocate's
 * first-stage form (¶11, ¶13) and shown there in the candidate's language.
 */
class ItemReviewBrowserTests extends InBrowser {

    private static final Path SCREENSHOTS = Paths.get("target/screenshots");
    private static final ServiceCode ADVOCATES = new ServiceCode("ADVOCATE_ATTESTATION");

    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Forms forms;
    @Autowired
    ItemBank bank;

    @Test
    void anAuthorWritesAQuestionAnotherApprovesAndItIsDrawnIntoAForm_000_12() {
        String marker = Long.toString(System.nanoTime(), 36);
        String stemKk = "Азаматтық құқық субъектісі кім? " + marker;
        String stemRu = "Кто является субъектом гражданского права? " + marker;
        String reviewer = secondQuestionAuthor();
        UUID id;

        try (BrowserContext context = chromium.browser().newContext(); Page page = context.newPage()) {
            signIn(page, "author", "demo-author-2026");
            page.navigate(url("/itembank?lang=en"));
            page.click("#new-item");
            page.selectOption("#topic", "CIVIL_CODE");
            page.fill("#stemKk", stemKk);
            page.fill("#stemRu", stemRu);
            String[][] options = {{"Жеке тұлға", "Физическое лицо"}, {"Ауа райы", "Погода"},
                    {"Күн сәулесі", "Солнечный свет"}, {"Ай", "Луна"}};
            for (int i = 0; i < options.length; i++) {
                page.locator("input[name=optionKk]").nth(i).fill(options[i][0]);
                page.locator("input[name=optionRu]").nth(i).fill(options[i][1]);
            }
            page.locator("input[name=correct]").nth(0).check();
            shot(page, "itembank-1-new-question");
            page.click("#item-form button[type=submit]");
            page.waitForURL("**/itembank/items/*");
            id = UUID.fromString(page.url().replaceAll(".*/items/([0-9a-f-]{36}).*", "$1"));
            assertThat(page.locator("#status").textContent().strip()).isEqualTo("Draft");

            page.navigate(url("/itembank/items/" + id + "/preview?language=kk&lang=en"));
            assertThat(page.locator("#question").textContent()).contains(stemKk, "Жеке тұлға")
                    .doesNotContain("Физическое лицо");
            page.navigate(url("/itembank/items/" + id + "/preview?language=ru&lang=en"));
            assertThat(page.locator("#question").textContent()).contains(stemRu, "Физическое лицо")
                    .doesNotContain("Жеке тұлға");
            shot(page, "itembank-2-preview-ru");

            page.navigate(url("/itembank/items/" + id + "?lang=en"));
            page.click("#actions form[action$='/submit'] button");
            page.waitForSelector("#notice");
            assertThat(page.locator("#status").textContent().strip()).isEqualTo("In review");
            // four eyes: the author is not offered their own approval (issue 14; the server refuses it too — ItemBank's
            // four-eyes tests)
            assertThat(page.locator("#actions form[action$='/approve'] button").count()).isZero();
            shot(page, "itembank-3-own-approval-not-offered");
            page.navigate(url("/itembank/items/" + id + "?lang=en"));
            assertThat(page.locator("#status").textContent().strip()).isEqualTo("In review");
        }

        try (BrowserContext context = chromium.browser().newContext(); Page page = context.newPage()) {
            signIn(page, reviewer, "Reviewer-2026-secret");
            page.navigate(url("/itembank/items/" + id + "?lang=en"));
            shot(page, "itembank-4-review");
            page.click("#actions form[action$='/approve'] button");
            page.waitForSelector("#notice");
            assertThat(page.locator("#status").textContent().strip()).isEqualTo("Approved");
            shot(page, "itembank-5-approved");
        }
        assertThat(jdbc.sql("SELECT reviewer FROM itembank_item WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo(reviewer);

        // drawn into a live form: the same candidate's forms prefer unseen questions, so within
        // ⌈pool / quota⌉ forms every approved Civil Code question has been drawn once
        int pool = jdbc.sql("SELECT count(*) FROM itembank_item WHERE topic = 'CIVIL_CODE' AND status = 'APPROVED'"
                + " AND NOT practice").query(Integer.class).single();
        String candidate = "browser-" + marker;
        AssembledForm drawn = null;
        for (int attempt = 0; attempt <= pool && drawn == null; attempt++) {
            AssembledForm form = forms.assemble(new FormRequest(candidate, ADVOCATES, 1, Optional.empty(), false));
            if (form.items().stream().anyMatch(i -> i.itemId().equals(id))) {
                drawn = form;
            }
        }
        // keep the live pool to the demonstration bank for other tests
        bank.retireItem(id, reviewer);
        assertThat(drawn).as("the approved question is drawn into a form").isNotNull();
        CandidateForm shownKk = forms.candidateView(drawn, Locale.forLanguageTag("kk"));
        assertThat(shownKk.questions()).anySatisfy(q -> {
            assertThat(q.stem()).isEqualTo(stemKk);
            assertThat(q.options()).containsExactlyInAnyOrder("Жеке тұлға", "Ауа райы", "Күн сәулесі", "Ай");
        });
    }

    /** A second question author for the four-eyes review (the demonstration accounts hold one author). */
    private String secondQuestionAuthor() {
        String login = "reviewer-" + Long.toString(System.nanoTime(), 36);
        long accountId = jdbc.sql("INSERT INTO identity_account (username, surname, given_name, password_hash,"
                        + " language, organisation_id, created_at) VALUES (?, 'Сапарова', 'Әсем', ?, 'ru', 'ministry', ?)"
                        + " RETURNING id")
                .params(login, passwords.encode("Reviewer-2026-secret"), Timestamp.from(Instant.now()))
                .query(Long.class).single();
        jdbc.sql("INSERT INTO identity_account_role (account_id, role) VALUES (?, 'QUESTION_AUTHOR')")
                .param(accountId).update();
        return login;
    }

    private void signIn(Page page, String login, String password) {
        page.navigate(url("/login?lang=en"));
        page.fill("#username", login);
        page.fill("#password", password);
        page.click("#login-form button[type=submit]");
        page.waitForURL(u -> !u.contains("/login"));
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
