package kz.attest.decision;

import kz.attest.catalogue.ServiceCode;
import kz.attest.scheduling.CandidateAbsent;
import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.HallPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision module booted with what it depends on, reacting after the publisher's commit (docs/architecture.md,
 * "Reactions"): scheduling's {@code CandidateAbsent} keeps a no-show whose ¶27 request window is open, and its
 * {@code CandidateCheckedIn} keeps what the results sheet prints about the person and the centre. The scenario waits
 * for each reaction instead of sleeping.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class DecisionModuleTests {

    private static final String SERVICE = "ADVOCATE_ATTESTATION";

    @Autowired
    private JdbcClient jdbc;

    @Test
    void anAbsenceKeepsANoShowOpenForARequest_000_27(Scenario scenario) {
        UUID sitting = UUID.randomUUID();
        LocalDate today = LocalDate.now();
        scenario.publish(new CandidateAbsent(sitting, UUID.randomUUID(), DecisionFixtures.ACCOUNTS.incrementAndGet(),
                        DecisionFixtures.ACCOUNTS.incrementAndGet(), new ServiceCode(SERVICE), "dj-almaty", today,
                        Optional.of(today.plusDays(7)), false, Instant.now(), "proctor"))
                .andWaitForStateChange(() -> jdbc.sql("SELECT status FROM decision_no_show WHERE sitting_id = ?")
                        .param(sitting).query(String.class).optional(), Optional::isPresent)
                .andVerify(status -> assertThat(status).contains("ABSENT"));
    }

    @Test
    void aCheckInKeepsWhatTheResultsSheetPrints(Scenario scenario) {
        UUID sitting = UUID.randomUUID();
        scenario.publish(new CandidateCheckedIn(sitting, UUID.randomUUID(), Optional.empty(),
                        DecisionFixtures.ACCOUNTS.incrementAndGet(), DecisionFixtures.freshIin(), "Тестов Тест",
                        new ServiceCode(SERVICE), List.of(1, 2), Optional.empty(), "cfe", UUID.randomUUID(),
                        UUID.randomUUID(), "A1", HallPolicy.open(), "WS-1", LocalDateTime.now(), Instant.now(),
                        "proctor"))
                .andWaitForStateChange(() -> jdbc.sql("SELECT full_name FROM decision_sitting_detail WHERE sitting_id = ?")
                        .param(sitting).query(String.class).optional(), Optional::isPresent)
                .andVerify(name -> assertThat(name).contains("Тестов Тест"));
    }
}
