package kz.attest.web;

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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One browser journey in one language (issue 14): every screen is saved as {@code target/journeys/<journey>/<lang>/
 * NN-<step>.png}, checked with axe-core (vendored from npm in {@code src/test/resources/axe}; no "serious" or
 * "critical" violation of WCAG 2.1 A/AA) and scanned for catalogue codes, message keys, centre ids and UUIDs.
 * <p>
 * axe-core runs once per distinct screen of the run (docs/testing.md, "Suite time"): a screen is its language, its
 * path and the shape of its document — every element with its classes, id, role, type, ARIA and labelling
 * attributes, inline style and whether it carries text, numbers and ids blanked out, a run of like rows counted once
 * (a longer list is the same template). A screen of the same shape seen again (the same register in another role's
 * or another class's journey) gets the violations found the first time instead of a second run: axe's WCAG rules read
 * exactly that shape and the style sheets, which are the same.
 * The screenshot is of the viewport (the evidence of what the person sees first); the code scan reads the whole page.
 */
public final class Journey {

    static final Path ROOT = Path.of("target/journeys");
    private static String axeSource;
    /** The browser contexts whose documents load axe-core as an init script ({@link #loadAxe}). */
    private static final Set<BrowserContext> PRELOADED = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    /** The violations axe-core found on each distinct screen of the run, by {@link #SHAPE}. */
    private static final Map<String, List<String>> CHECKED = new ConcurrentHashMap<>();
    /**
     * The screen's language, path and document shape as a SHA-256 (localhost is a secure context): per element its
     * tag, classes, id, the attributes axe's WCAG rules read (role, type, ARIA, labels, alt, title, lang, tabindex,
     * href present, hidden/disabled, inline style), whether it carries text of its own and its children, a run of
     * siblings of the same shape counted once (a register of 40 rows is the register of 41); digits and hex blanked.
     */
    private static final String SHAPE = """
            async () => {
              const blank = v => (v || '').replace(/[0-9a-f]{8}-[0-9a-f-]{27}|[0-9]+/gi, '#');
              const read = ['role', 'type', 'for', 'lang', 'tabindex', 'hidden', 'disabled', 'scope', 'headers',
                  'autocomplete', 'required', 'style', 'colspan', 'rowspan', 'name', 'accesskey'];
              const shapeOf = e => {
                let s = e.tagName + '.' + blank(e.getAttribute('class')) + '#' + blank(e.id);
                for (const a of e.attributes) {
                  if (a.name.startsWith('aria-') || read.includes(a.name)) {
                    s += ' ' + a.name + '=' + blank(a.value);
                  } else if (['alt', 'title', 'href', 'src', 'value', 'placeholder', 'label', 'content'].includes(a.name)) {
                    s += ' ' + a.name + (a.value.trim() ? '+' : '-');
                  }
                }
                if ([...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) s += ' t';
                const children = [];
                for (const child of e.children) {
                  const shape = shapeOf(child);
                  if (children[children.length - 1] !== shape) children.push(shape);
                }
                return children.length ? s + '(' + children.join(',') + ')' : s;
              };
              const shape = [document.documentElement.lang, document.title ? 'T' : '', blank(location.pathname),
                  shapeOf(document.documentElement)].join('|');
              const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(shape));
              return [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, '0')).join('');
            }""";

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
        page.screenshot(new Page.ScreenshotOptions().setPath(
                ROOT.resolve(name).resolve(language).resolve("%02d-%s.png".formatted(screen, step))));
        String where = name + " " + language + " " + step;
        accessibilityViolations(page).forEach(v -> findings.add(where + ": " + v));
        if (!page.url().contains("/audit")) {
            findings.addAll(NavigationWalkTests.codesIn(where, NavigationWalkTests.visibleText(page.content()), codes));
        }
    }

    /** Clicks the link, waits for the URL it leads to ({@code landing}, a glob) and checks that screen as the step. */
    public void follow(Page page, String link, String landing, String step) {
        page.click(link);
        page.waitForURL(landing);
        check(page, step);
    }

    /** The code scan of a text the journey downloaded (a PDF's text). */
    public void scan(String what, String text) {
        findings.addAll(NavigationWalkTests.codesIn(name + " " + language + " " + what, text, codes));
    }

    /** What the checks found on the journey's screens so far. */
    public List<String> findings() {
        return findings;
    }

    /**
     * axe-core's violations of WCAG 2.1 A/AA on the page shown, "serious" and "critical" only, each as
     * {@code id (impact): first targets}; every browser journey checks its screens with it. A screen of a shape already
     * checked in this run gets that check's violations (see the class comment).
     */
    public static List<String> accessibilityViolations(Page page) {
        String shape = String.valueOf(page.evaluate(SHAPE));
        List<String> known = CHECKED.get(shape);
        if (known != null) {
            return known;
        }
        List<String> violations = axe(page);
        CHECKED.put(shape, violations);
        return violations;
    }

    private static List<String> axe(Page page) {
        loadAxe(page);
        Object result = page.evaluate("""
                async () => {
                  const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                      resultTypes: ['violations']});
                  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
                }""");
        List<String> violations = new ArrayList<>();
        if (result instanceof List<?> found) {
            found.forEach(v -> violations.add(String.valueOf(v)));
        }
        return List.copyOf(violations);
    }

    /**
     * axe-core in the page shown. Sending its 550 kB through the Playwright driver for every screen took about as long
     * as the check itself, and left the source in the DOM for the code scan's {@code page.content()} to read back; so
     * the first screen of a browser context gets it as a script tag and registers it as the context's init script,
     * which Chromium evaluates in every later document of that context before the page's own scripts (the same
     * axe-core, the same rules, run on the same document).
     */
    private static void loadAxe(Page page) {
        BrowserContext context = page.context();
        boolean registered;
        synchronized (PRELOADED) {
            registered = !PRELOADED.add(context);
        }
        if (!registered) {
            context.addInitScript(axe());
        }
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe()));
        }
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
