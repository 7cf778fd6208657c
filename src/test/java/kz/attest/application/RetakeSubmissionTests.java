package kz.attest.application;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.testing.WithMockMvc;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The decision module's retake check through the application submit (¶23): a 409 naming the earliest day. */
class RetakeSubmissionTests extends WithMockMvc {

    @Test
    void aNewApplicationTooSoonAfterAFailedTestIsRefusedWithTheEarliestDay_000_23() throws Exception {
        ApplicationFixtures applicant = ApplicationFixtures.applicant(mvc, accounts, ca);
        long account = accounts.findByLoginName(applicant.iin).orElseThrow().accountId();
        Instant sat = Instant.now().minus(2, ChronoUnit.DAYS);
        UUID sitting = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO decision_result_sitting (sitting_id, account_id, service, last_stage_at, due_date,
                                                             completed_at, passed)
                        VALUES (?, ?, 'ADVOCATE_ATTESTATION', ?, CURRENT_DATE, ?, false)""")
                .params(sitting, account, Timestamp.from(sat), Timestamp.from(sat)).update();
        jdbc.sql("""
                        INSERT INTO decision_result_stage (attempt_id, sitting_id, stage, correct, total, threshold,
                                                           passed, finished_at)
                        VALUES (?, ?, 1, 40, 100, 70, false, ?)""")
                .params(UUID.randomUUID(), sitting, Timestamp.from(sat)).update();
        String earliest = sat.atZone(WorkingCalendar.ZONE).toLocalDate().plusDays(30)
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String draft = applicant.readyDraft();
        applicant.submit(draft, applicant.signingKey)
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(earliest)));
        assertThat(jdbc.sql("SELECT count(*) FROM application_application WHERE account_id = ?").param(account)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNewApplicationAfterAPassedTestIsNotBlocked_000_23() throws Exception {
        ApplicationFixtures applicant = ApplicationFixtures.applicant(mvc, accounts, ca);
        long account = accounts.findByLoginName(applicant.iin).orElseThrow().accountId();
        Instant sat = Instant.now().minus(2, ChronoUnit.DAYS);
        jdbc.sql("""
                        INSERT INTO decision_result_sitting (sitting_id, account_id, service, last_stage_at, due_date,
                                                             completed_at, passed)
                        VALUES (?, ?, 'ADVOCATE_ATTESTATION', ?, CURRENT_DATE, ?, true)""")
                .params(UUID.randomUUID(), account, Timestamp.from(sat), Timestamp.from(sat)).update();
        applicant.submitted();
    }
}
