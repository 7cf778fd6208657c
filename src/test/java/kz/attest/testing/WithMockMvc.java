package kz.attest.testing;

import kz.attest.identity.Accounts;
import kz.attest.signature.DemoCertificateAuthority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the API and page tests that register people and sign start from: the whole application behind MockMvc, the
 * accounts, the demonstration certificate authority (a person's signing key) and the database to look at.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class WithMockMvc {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected Accounts accounts;
    @Autowired
    protected DemoCertificateAuthority ca;
    @Autowired
    protected JdbcClient jdbc;
}
