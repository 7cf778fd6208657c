package kz.attest.web;

import kz.attest.audit.AuditLog;
import kz.attest.audit.ChainVerification;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the sweeps over every endpoint ({@link RoleMatrixTests}, {@link HostileInputTests}) start from: the context to
 * find the endpoints in, a MockMvc that does not log the refusals they provoke, the demonstration accounts, a
 * transaction to see what a request stored, and the audit chain to check after the run. It carries no Spring test
 * annotation of its own, so each subclass keeps the context it declares (the suite's shared mock context).
 */
abstract class EndpointSweep {

    @Autowired
    protected WebApplicationContext context;
    protected MockMvc mvc;
    @Autowired
    protected UserDetailsService users;
    @Autowired
    protected TransactionTemplate transactions;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected AuditLog auditLog;

    @BeforeEach
    void quiet() {
        mvc = Endpoints.quietMockMvc(context);
    }

    /** Verifies the audit chain after the sweep and prints it with the refused requests on person data recorded. */
    protected ChainVerification auditChainAfterTheRun(String sweep) {
        long refusals = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'access.refused'").query(Long.class).single();
        ChainVerification chain = auditLog.verify();
        System.out.printf("%s: audit chain after the run: %s, %d entries checked, %d refused requests on"
                + " person data recorded%n", sweep, chain.intact() ? "intact" : "BROKEN", chain.entriesChecked(), refusals);
        return chain;
    }
}
