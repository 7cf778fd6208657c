package kz.attest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven by Playwright, one browser process per test JVM shared by every browser test class:
 * {@code @RegisterExtension static final Chromium chromium = new Chromium();} then {@code chromium.browser()}.
 * Each test opens its own {@code BrowserContext} (own cookies, storage and locale), so classes stay isolated while the
 * launch of the process (seconds on the 2-core CI machine) is paid once; JUnit closes it when the run ends.
 * The class is skipped when Chromium is not installed (CI installs it).
 */
public final class Chromium implements BeforeAllCallback {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeTrue(Files.isExecutable(EXECUTABLE), "Chromium is not installed at " + EXECUTABLE);
        browser = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Shared.class, key -> new Shared(), Shared.class).browser;
    }

    public Browser browser() {
        return browser;
    }

    /** The Playwright driver and its browser, closed by JUnit with the root store at the end of the run. */
    private static final class Shared implements AutoCloseable {

        private final Playwright playwright;
        private final Browser browser;

        Shared() {
            playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
