package kz.attest.application;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.DeadlineStep;
import kz.attest.catalogue.ServiceCode;
import kz.attest.web.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules the catalogue stored but nothing evaluated (issue 10): ¶30, ¶37, ¶62, and the decision's own term (¶52).
 * Pure rules over the bundled catalogue, the {@link Application} aggregate and the statutory calendar: no Spring.
 */
class OutcomeRuleParagraphTests {

    private final Catalogue catalogue = ApplicationLifecycleTests.CATALOGUE;
    private final WorkingCalendar calendar = ApplicationLifecycleTests.CALENDAR;

    private LegalDeadlines deadlines(String service) {
        return new LegalDeadlines(catalogue.get(new ServiceCode(service)), calendar);
    }

    /** An application of the service registered and complete on {@code registered}, under review. */
    private Application underReview(String service, LocalDate registered) {
        Instant at = registered.atTime(LocalTime.NOON).atZone(WorkingCalendar.ZONE).toInstant();
        Application application = Application.submit(UUID.randomUUID(), 1, "900315300123", new ServiceCode(service),
                "cfe", "900315300123", at, deadlines(service));
        application.register("CFE-1", "officer", at, deadlines(service));
        application.confirmComplete("officer", at, deadlines(service));
        return application;
    }

    @Test
    void theForensicHearingNoticeRecordsThreeWorkingDaysBeforeTheTermEnds_000_37() {
        LocalDate registered = calendar.addWorkingDays(LocalDate.now(WorkingCalendar.ZONE), 0);
        Application application = underReview("FORENSIC_EXPERT_ATTESTATION", registered);
        Instant now = Instant.now();
        application.proposeRefusal("no diploma", now.plus(2, ChronoUnit.DAYS), "room 4", "officer", now,
                deadlines("FORENSIC_EXPERT_ATTESTATION"));
        LocalDate termEnd = deadlines("FORENSIC_EXPERT_ATTESTATION")
                .due(DeadlineStep.REFUSAL_DECISION, application.anchors()).orElseThrow().date();
        assertThat(application.last().deadlineHad()).isEqualTo(calendar.subtractWorkingDays(termEnd, 3));
    }

    @Test
    void theQualificationHearingNoticeRecordsItsLastDayToo_000_62() {
        Application application = underReview("FORENSIC_EXPERT_QUALIFICATION", LocalDate.now(WorkingCalendar.ZONE));
        Instant now = Instant.now();
        application.proposeRefusal("no training", now.plus(2, ChronoUnit.DAYS), "room 4", "officer", now,
                deadlines("FORENSIC_EXPERT_QUALIFICATION"));
        assertThat(application.last().deadlineHad()).isNotNull();
    }

    @Test
    void aForensicAttestationNeedsThirtyCalendarDaysNoticeOutsideCampaigns_000_30() {
        Application application = underReview("FORENSIC_EXPERT_ATTESTATION", LocalDate.now(WorkingCalendar.ZONE));
        Instant now = Instant.now();
        assertThatThrownBy(() -> application.checkNoticeBeforeTest(now.plus(10, ChronoUnit.DAYS), now,
                deadlines("FORENSIC_EXPERT_ATTESTATION")))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKey()).isEqualTo("application.error.notice-too-short"));
        application.checkNoticeBeforeTest(now.plus(31, ChronoUnit.DAYS), now, deadlines("FORENSIC_EXPERT_ATTESTATION"));
        // services without the rule are not concerned
        underReview("ADVOCATE_ATTESTATION", LocalDate.now(WorkingCalendar.ZONE)).checkNoticeBeforeTest(
                now.plus(2, ChronoUnit.DAYS), now, deadlines("ADVOCATE_ATTESTATION"));
    }

    @Test
    void theDecisionIsDueOneWorkingDayAfterTheResultsAndClosesWhenSigned_000_73() {
        Application application = underReview("FORENSIC_EXPERT_QUALIFICATION", LocalDate.now(WorkingCalendar.ZONE));
        Instant now = Instant.now();
        LegalDeadlines d = deadlines("FORENSIC_EXPERT_QUALIFICATION");
        application.admit("officer", now, d);
        assertThat(application.resultsReceived("passed", "testing", now, d)).isTrue();
        assertThat(application.resultsReceived("passed", "testing", now, d)).isFalse();   // once
        assertThat(application.pendingStep()).contains(DeadlineStep.DECISION_AFTER_RESULTS);
        LocalDate due = calendar.addWorkingDays(LocalDate.now(WorkingCalendar.ZONE), 1);
        assertThat(application.pendingDue()).contains(due);
        assertThatThrownBy(() -> application.withdraw("900315300123", now, d)).isInstanceOf(Refusal.class);
        application.decisionPrepared("No 1", "officer", now, d);
        assertThat(application.pendingDue()).contains(due);
        application.decided("passed", "head", now, d);
        assertThat(application.status()).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(application.pendingStep()).isEmpty();
        assertThat(application.last().deadlineHad()).isEqualTo(due);
        assertThat(List.of(application.status().isOpen())).containsExactly(false);
    }
}
