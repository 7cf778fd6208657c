package kz.attest.decision;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.ServiceCode;
import kz.attest.identity.Accounts;
import kz.attest.scheduling.CandidateAbsent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An absence with no valid-reason request ends by itself when the window closes (¶27, ¶54, ¶75, ¶98). */
@SpringBootTest
@AutoConfigureMockMvc   // not used here: it makes the class share the suite's one cached context (docs/testing.md)
class NoShowLapseTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Accounts accounts;
    @Autowired
    NoShowLapses lapses;

    private long absentApplication(String service, String provider, LocalDate until, boolean countsAsFailure) {
        String iin = DecisionFixtures.freshApplicant(accounts);
        long account = accounts.findByLoginName(iin).orElseThrow().accountId();
        long application = DecisionFixtures.admittedApplication(jdbc, account, service, provider, Instant.now());
        DecisionFixtures.publish(events, tx, new CandidateAbsent(UUID.randomUUID(), UUID.randomUUID(), application,
                account, new ServiceCode(service), provider, until.minusDays(7), Optional.of(until), countsAsFailure,
                Instant.now(), "proctor"));
        return application;
    }

    private String statusOf(long application) {
        return jdbc.sql("SELECT status FROM application_application WHERE id = ?").param(application)
                .query(String.class).single();
    }

    @Test
    void anAbsenceWithoutARequestIsRefusedWhenTheWindowCloses_000_27() {
        LocalDate today = Instant.now().atZone(WorkingCalendar.ZONE).toLocalDate();
        long closed = absentApplication("ADVOCATE_ATTESTATION", "dj-almaty", today.minusDays(1), false);
        long open = absentApplication("NOTARY_ATTESTATION", "dj-almaty", today.plusDays(3), false);
        assertThat(lapses.runFor(today)).isGreaterThanOrEqualTo(1);
        assertThat(statusOf(closed)).isEqualTo("REFUSED");
        assertThat(statusOf(open)).isEqualTo("ADMITTED");
        assertThat(lapses.runFor(today)).isZero();   // once only
        assertThat(jdbc.sql("SELECT count(*) FROM notification_notice WHERE template = 'decision.no-show-lapsed' AND subject_id = ?")
                .param(Long.toString(closed)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aPatentAttorneysAbsenceCountsAsNotPassedAndItsDecisionBecomesDue_000_98() {
        LocalDate today = Instant.now().atZone(WorkingCalendar.ZONE).toLocalDate();
        long application = absentApplication("PATENT_ATTORNEY_ATTESTATION", "ministry", today.minusDays(1), true);
        lapses.runFor(today);
        assertThat(statusOf(application)).isEqualTo("TESTED");
        assertThat(jdbc.sql("SELECT pending_step FROM application_application WHERE id = ?").param(application)
                .query(String.class).single()).isEqualTo("DECISION_AFTER_RESULTS");
    }
}
