package kz.attest.audit;

import kz.attest.web.RequestRefused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes every refused request on a person's data ({@link RequestRefused}) into the audit chain, in its own
 * transaction (issue 13, "Audit"): the refusal is recorded even though the work it refused rolled back. When a
 * transaction is still open on the thread (a caller that wraps the request in one, as the suites do), the entry is
 * written once that transaction has ended, so it neither joins its rollback nor waits for the chain lock it holds.
 */
@Component
class RefusedRequestAudit {

    static final String ACTION = "access.refused";
    static final String ENTITY = "RefusedRequest";

    private final AuditLog auditLog;
    private final TransactionTemplate ownTransaction;

    RefusedRequestAudit(AuditLog auditLog, PlatformTransactionManager transactions) {
        this.auditLog = auditLog;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Synchronous: a refused request has stored nothing, so no commit may come to trigger an after-commit one. */
    @EventListener
    void on(RequestRefused refused) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    write(refused);
                }
            });
        } else {
            write(refused);
        }
    }

    private void write(RequestRefused refused) {
        ownTransaction.executeWithoutResult(tx -> auditLog.record(refused.actor(), ACTION, ENTITY,
                refused.target().isEmpty() ? null : refused.target(), refused.summary()));
    }
}
