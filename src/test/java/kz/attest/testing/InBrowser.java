package kz.attest.testing;

import kz.attest.Chromium;
import kz.attest.identity.Accounts;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every browser test starts from: the application on a random port, Debian's Chromium (one browser per test
 * class), the accounts to register people with, the database to look at, and the server's URLs.
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

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
