package kz.attest.scheduling;

import kz.attest.identity.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the scheduling tests start from: the collaborators they all inject and a fresh {@link SchedulingFixtures}
 * before each test. It carries no Spring test annotation of its own, so each subclass keeps the context it declares
 * (the suite's shared mock context): extending it changes no context key.
 */
abstract class WithSchedulingFixtures {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected Accounts accounts;
    @Autowired
    protected UserDetailsService users;

    protected SchedulingFixtures fixtures;

    @BeforeEach
    void newFixtures() {
        fixtures = new SchedulingFixtures(mvc, jdbc, accounts, users);
    }
}
