package kz.attest.decision;

import kz.attest.identity.Accounts;
import kz.attest.testing.Applicants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the decision tests of the shared context all inject: MockMvc, {@code JdbcClient}, and the event publisher and
 * transaction template that {@link DecisionFixtures#publish} needs, the accounts for fresh applicants; and the form
 * sign-in. It carries no Spring test annotation of its own, so each subclass keeps the context it declares (the
 * suite's shared mock context): extending it changes no context key.
 */
abstract class WithDecisionCollaborators {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected ApplicationEventPublisher events;
    @Autowired
    protected TransactionTemplate tx;
    @Autowired
    protected Accounts accounts;

    /** Signs in through the login form: an applicant (a 12-digit IIN) with the fixtures' password, staff with the demo one. */
    protected MockHttpSession signIn(String login) throws Exception {
        String password = login.matches("\\d{12}") ? DecisionFixtures.PASSWORD : "demo-" + login + "-2026";
        return Applicants.signIn(mvc, login, password);
    }
}
