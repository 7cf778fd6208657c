package kz.attest.delivery;

import kz.attest.itembank.Forms;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the delivery tests start from: the collaborators they inject and a fresh {@link DeliveryFixtures} before each
 * test. It carries no Spring test annotation of its own, so each subclass keeps the context it declares (the shared
 * mock context, the module test's, {@code ExamTokenTests}' server): extending it changes no context key.
 */
abstract class WithDeliveryFixtures {

    /** Absent in a context without MockMvc ({@code ExamTokenTests} talks to a real server). */
    @Autowired(required = false)
    protected MockMvc mvc;
    @Autowired
    protected ApplicationEventPublisher events;
    @Autowired
    protected PlatformTransactionManager transactionManager;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected Forms forms;

    protected DeliveryFixtures fixtures;

    @BeforeEach
    void newFixtures() {
        fixtures = new DeliveryFixtures(events, transactionManager, mvc, jdbc, forms);
    }
}
