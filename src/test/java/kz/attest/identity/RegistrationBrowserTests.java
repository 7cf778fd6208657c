package kz.attest.identity;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import kz.attest.testing.InBrowser;

import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, in Kazakh: an applicant registers, signs in and sees the personal cabinet with its three
 * sections (seed 001); an invalid IIN shows the Kazakh message next to the field and stores nothing.
 */
class RegistrationBrowserTests extends InBrowser {

    private static final Path SCREENSHOTS = Paths.get("target/screenshots");
    private static final String PASSWORD = "Құпиясөз2026";

    @Test
    void anApplicantRegistersInKazakhSignsInAndSeesTheCabinet() {
        String iin = TestIins.fresh();
        try (var context = chromium.browser().newContext(); Page page = context.newPage()) {
            page.navigate(url("/?lang=kk"));
            shot(page, "1-landing-kk");
            assertThat(page.locator("h1").textContent()).isEqualTo("Аттестаттау, біліктілік және лицензиялау");

            page.click("#register-link");
            assertThat(page.locator("h1").textContent()).isEqualTo("Тіркелу");
            fill(page, iin, "Сейітқали", PASSWORD);
            shot(page, "2-register-filled");
            page.click("#registration-form button[type=submit]");

            page.waitForURL("**/login?registered");
            assertThat(page.locator("#registered").textContent()).contains("Тіркеу аяқталды");
            page.fill("#username", iin);
            page.fill("#password", PASSWORD);
            shot(page, "3-login");
            page.click("#login-form button[type=submit]");

            page.waitForURL("**/cabinet");
            shot(page, "4-cabinet");
            assertThat(page.locator("h1").textContent()).isEqualTo("Жеке кабинет");
            assertThat(page.locator("#my-applications h2").textContent()).isEqualTo("Менің өтініштерім");
            assertThat(page.locator("#my-permits h2").textContent()).isEqualTo("Менің рұқсат құжаттарым");
            assertThat(page.locator("#my-notices h2").textContent()).isEqualTo("Менің хабарламаларым");
            assertThat(page.locator("#welcome").textContent()).contains("Сейітқали");
        }
        assertThat(jdbc.sql("SELECT language FROM identity_account WHERE iin = ?").param(iin).query(String.class)
                .single()).isEqualTo("kk");
    }

    @Test
    void anInvalidIinShowsTheKazakhMessageAndStoresNothing() {
        String invalid = TestIins.withWrongCheckDigit(TestIins.fresh());
        String surname = "Жоқ-" + System.nanoTime();
        try (var context = chromium.browser().newContext(); Page page = context.newPage()) {
            page.navigate(url("/register?lang=kk"));
            fill(page, invalid, surname, PASSWORD);
            page.click("#registration-form button[type=submit]");
            page.waitForSelector("#iin-error");
            shot(page, "5-invalid-iin");
            assertThat(page.locator("#iin-error").textContent().strip())
                    .isEqualTo("ЖСН-нің бақылау цифры сәйкес келмейді: нөмірді тексеріңіз.");
            assertThat(page.inputValue("#iin")).isEqualTo(invalid);
            assertThat(page.inputValue("#surname")).isEqualTo(surname);
            assertThat(page.inputValue("#password")).isEmpty();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM identity_account WHERE iin = ? OR surname = ?")
                .param(invalid).param(surname).query(Long.class).single()).isZero();
    }

    private static void fill(Page page, String iin, String surname, String password) {
        page.fill("#iin", iin);
        page.fill("#surname", surname);
        page.fill("#givenName", "Айжан");
        page.fill("#email", "aizhan@example.kz");
        page.fill("#phone", "+7 705 123 45 67");
        page.fill("#password", password);
        page.fill("#passwordConfirmation", password);
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }
}
