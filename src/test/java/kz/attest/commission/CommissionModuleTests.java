package kz.attest.commission;

import kz.attest.testing.DecisionPortsMocked;
import kz.attest.identity.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commission module booted with what it depends on: delivery's {@code SittingCompleted} for a passed sitting of a
 * service that holds the interview makes one pending interview (seeds 001, 002 ¶5). The scenario waits for the
 * reaction, however the listener runs, instead of sleeping.
 */
@DecisionPortsMocked
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class CommissionModuleTests {

    @Autowired
    private Accounts accounts;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private InterviewQueries interviews;

    @Test
    void aPassedSittingMakesOnePendingInterview_001_10_002_5(Scenario scenario) {
        String iin = CommissionFixtures.freshApplicant(accounts);
        long account = accounts.findByLoginName(iin).orElseThrow().accountId();
        long application = CommissionFixtures.admittedApplication(jdbc, account, iin, CommissionFixtures.SERVICE, "cfe",
                "MEDICAL_LIVING_PERSONS,MEDICAL_CORPSES");
        UUID sitting = UUID.randomUUID();

        scenario.publish(CommissionFixtures.completed(sitting, application, account, CommissionFixtures.SERVICE, true))
                .andWaitForStateChange(() -> interviews.ofSitting(sitting), Optional::isPresent)
                .andVerify(view -> {
                    assertThat(view.orElseThrow().status()).isEqualTo(InterviewStatus.PENDING);
                    assertThat(view.orElseThrow().applicationId()).isEqualTo(application);
                });
    }
}
