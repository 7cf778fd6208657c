package kz.attest.audit;

import kz.attest.web.RequestRefused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit module booted alone with what it depends on: the web module's {@code RequestRefused} becomes an entry of
 * the chain in its own transaction (issue 13, "Audit"; docs/architecture.md, "Reactions": synchronous, since a refused
 * request commits nothing). The scenario waits for the entry instead of sleeping.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class AuditModuleTests {

    @Autowired
    private AuditLog audit;

    @Test
    void aRefusedRequestIsAnEntryOfTheChain(Scenario scenario) {
        String target = UUID.randomUUID().toString();
        scenario.publish(new RequestRefused("auditor", "GET", "/api/v1/things/{id}", target, 403, "access-denied"))
                .andWaitForStateChange(() -> audit.history(RefusedRequestAudit.ENTITY, target),
                        entries -> !entries.isEmpty())
                .andVerify(entries -> {
                    assertThat(entries).hasSize(1);
                    assertThat(entries.getFirst().action()).isEqualTo(RefusedRequestAudit.ACTION);
                    assertThat(entries.getFirst().actor()).isEqualTo("auditor");
                });
    }
}
