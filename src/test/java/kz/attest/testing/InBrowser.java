package kz.attest.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import kz.attest.Chromium;
import kz.attest.catalogue.Catalogue;
import kz.attest.identity.Accounts;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Locale;

/**
 * What every browser test starts from: the application on a random port, Debian's Chromium (one browser per test
 * run), the accounts to register people with, the catalogue, the database to look at, the events (and a transaction)
 * to publish a fixture's facts with, the demonstration CA's signing keys for the development signer, the server's URLs
 * and the sign-in page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc   // not used here: it makes the browser tests share one cached context (docs/testing.md)
public abstract class InBrowser {

    @RegisterExtension
    protected static final Chromium chromium = new Chromium();

    @LocalServerPort
    protected int port;
    @Autowired
    protected Accounts accounts;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected Catalogue catalogue;
    @Autowired
    protected ApplicationEventPublisher events;
    @Autowired
    protected TransactionTemplate tx;
    @Autowired
    protected DemoCertificateAuthority ca;

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A signing key for the subject from the demonstration CA, to sign with through {@code BrowserSigner}. */
    protected DemoCertificateAuthority.IssuedCredential signingKey(CertificateSubject subject) {
        return ca.issue(subject, KeyPurpose.SIGNING);
    }

    /**
     * A context in the language whose pages may reach the development signer on its free port (the CSP names the
     * configured NCALayer URL only, so it is bypassed) and may download.
     */
    protected BrowserContext context(String locale) {
        return chromium.browser().newContext(new Browser.NewContextOptions().setBypassCSP(true).setLocale(locale)
                .setAcceptDownloads(true));
    }

    /**
     * Signs in on the login page in the language (unless the page already shows it) and waits for the URL the
     * sign-in leads to ({@code landing}, a glob such as {@code "**}{@code /staff"}).
     */
    protected void signIn(Page page, String language, String login, String password, String landing) {
        if (!page.url().contains("/login")) {
            page.navigate(url("/login?lang=" + language));
        }
        page.fill("#username", login);
        page.fill("#password", password);
        page.click("#login-form button[type=submit]");
        page.waitForURL(landing);
    }

    /** The sign-in page's choice of language is remembered for the account: the demo staff keep their Russian. */
    protected void keepRussian(String... logins) {
        for (String login : logins) {
            accounts.findByLoginName(login).ifPresent(user ->
                    accounts.rememberLanguage(user.accountId(), Locale.forLanguageTag("ru")));
        }
    }
}
