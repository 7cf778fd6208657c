package kz.attest.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import kz.attest.catalogue.Catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One browser journey in one language (issue 14): every screen is saved as {@code target/journeys/<journey>/<lang>/
 * NN-<step>.png}, checked with axe-core (vendored from npm in {@code src/test/resources/axe}; no "serious" or
 * "critical" violation of WCAG 2.1 A/AA) and scanned for catalogue codes, message keys, centre ids and UUIDs.
 */
public final class Journey {

    static final Path ROOT = Path.of("target/journeys");
    private static String axeSource;

    private final String name;
    private final String language;
    private final Set<String> codes = new HashSet<>();
    private final List<String> findings = new ArrayList<>();
    private int screen;

    public Journey(String name, String language, Catalogue catalogue) {
        this.name = name;
        this.language = language;
        catalogue.all().forEach(service -> codes.add(service.code().value()));
        catalogue.specialties().forEach(specialty -> codes.add(specialty.code()));
    }

    /** Screenshot, accessibility check and code scan of the screen shown. */
    public void check(Page page, String step) {
        screen++;
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(
                ROOT.resolve(name).resolve(language).resolve("%02d-%s.png".formatted(screen, step))));
        String where = name + " " + language + " " + step;
        accessibilityViolations(page).forEach(v -> findings.add(where + ": " + v));
        if (!page.url().contains("/audit")) {
            findings.addAll(NavigationWalkTests.codesIn(where, NavigationWalkTests.visibleText(page.content()), codes));
        }
    }

    /** What the checks found on the journey's screens so far. */
    public List<String> findings() {
        return findings;
    }

    /**
     * axe-core's violations of WCAG 2.1 A/AA on the page shown, "serious" and "critical" only, each as
     * {@code id (impact): first targets}; every browser journey checks its screens with it.
     */
    public static List<String> accessibilityViolations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe()));
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}});
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
                }""");
        List<String> violations = new ArrayList<>();
        if (result instanceof List<?> found) {
            found.forEach(v -> violations.add(String.valueOf(v)));
        }
        return violations;
    }

    /** Signs in on the login page at {@code loginUrl} (its language in the query) and waits for the page after it. */
    public static void signIn(Page page, String loginUrl, String login, String password) {
        page.navigate(loginUrl);
        page.fill("#username", login);
        page.fill("#password", password);
        page.click("#login-form button[type=submit]");
        page.waitForLoadState();
    }

    /**
     * A context whose pages may reach the development signer on its free port: the CSP names the configured NCALayer
     * URL only, so the journeys that sign let the browser bypass it.
     */
    public static BrowserContext signingContext(Browser browser, String locale) {
        return browser.newContext(new Browser.NewContextOptions().setBypassCSP(true).setLocale(locale));
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            try (InputStream in = Journey.class.getResourceAsStream("/axe/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("axe-core is not in the test resources", e);
            }
        }
        return axeSource;
    }
}
