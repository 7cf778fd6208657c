package kz.attest.application;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.DeadlineStep;
import kz.attest.catalogue.ServiceCode;
import kz.attest.web.Refusal;
import kz.attest.web.RefusalStatuses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's statuses and legal deadlines (seed 000 ¶4–¶8; spec services.md "Deadlines"), counted over the
 * statutory calendar: in 2026 Nauryz (21–23 March) falls on Saturday to Monday, so 21–25 March are days off, and
 * Victory Day (9 May) on a Saturday moves to Monday 11 May.
 */
class ApplicationLifecycleTests {

    static final Catalogue CATALOGUE = Catalogue.bundled();
    static final WorkingCalendar CALENDAR = WorkingCalendar.of(List.of(), LocalTime.of(9, 0), LocalTime.of(18, 30));
    static final ServiceCode ADVOCATE = ServiceCode.of("ADVOCATE_ATTESTATION");
    static final ServiceCode FORENSIC = ServiceCode.of("FORENSIC_EXPERT_ATTESTATION");
    static final ServiceCode PATENT = ServiceCode.of("PATENT_ATTORNEY_ATTESTATION");

    static Instant almaty(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
    }

    static LegalDeadlines deadlines(ServiceCode service) {
        return new LegalDeadlines(CATALOGUE.get(service), CALENDAR);
    }

    static Application submitted(ServiceCode service, String receivedAt) {
        return Application.submit(UUID.randomUUID(), 1L, "900315300123", service, "dj-almaty", "900315300123",
                almaty(receivedAt), deadlines(service));
    }

    static Application underReview(ServiceCode service, String registeredAt) {
        Application application = submitted(service, registeredAt);
        application.register("DJ-ALMATY-2026-00001", "officer", almaty(registeredAt), deadlines(service));
        application.confirmComplete("officer", almaty(registeredAt), deadlines(service));
        return application;
    }

    @ParameterizedTest(name = "received {0}: register by {1}")
    @CsvSource({
            "2026-03-18T10:00, 2026-03-19",  // Wednesday in working hours: the next working day
            "2026-03-18T19:00, 2026-03-20",  // after hours: counts as received on Thursday
            "2026-03-20T19:00, 2026-03-27",  // Friday evening before Nauryz: received Thursday 26th, due Friday
            "2026-03-22T12:00, 2026-03-27"   // Sunday during Nauryz
    })
    void registrationDueOneWorkingDayAfterReceipt_000_4(String receivedAt, LocalDate due) {
        Application application = submitted(ADVOCATE, receivedAt);

        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.pendingStep()).contains(DeadlineStep.REGISTER);
        assertThat(application.pendingDue()).contains(due);
    }

    @Test
    void completenessDueTwoWorkingDays_000_5() {
        Application application = submitted(ADVOCATE, "2026-03-20T10:00");

        application.register("DJ-ALMATY-2026-00007", "officer", almaty("2026-03-20T11:00"), deadlines(ADVOCATE));

        HistoryEntry registered = application.last();
        assertThat(registered.status()).isEqualTo(ApplicationStatus.REGISTERED);
        assertThat(registered.actor()).isEqualTo("officer");
        assertThat(registered.deadlineHad()).isEqualTo(LocalDate.of(2026, 3, 23).plusDays(3)); // 26 March after Nauryz
        assertThat(registered.late()).isFalse();
        assertThat(application.pendingStep()).contains(DeadlineStep.COMPLETENESS_CHECK);
        assertThat(application.pendingDue()).contains(LocalDate.of(2026, 3, 27));
    }

    @Test
    void incompleteDocumentsAreRefusedNamingTheMissingOnes_000_5() {
        Application application = submitted(ADVOCATE, "2026-03-20T10:00");
        application.register("N-1", "officer", almaty("2026-03-20T11:00"), deadlines(ADVOCATE));

        application.refuseIncomplete(List.of("LAW_DIPLOMA", "INTERNSHIP_CERTIFICATE"), "officer",
                almaty("2026-03-26T10:00"), deadlines(ADVOCATE));

        assertThat(application.status()).isEqualTo(ApplicationStatus.REFUSED_INCOMPLETE);
        assertThat(application.last().note().args()).containsExactly("LAW_DIPLOMA", "INTERNSHIP_CERTIFICATE");
        assertThat(application.last().deadlineHad()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(application.pendingDue()).isEmpty();
    }

    @Test
    void admissionConsideredWithinFiveWorkingDaysOfRegistration_000_6() {
        Application application = underReview(ADVOCATE, "2026-03-20T10:00");

        assertThat(application.pendingStep()).contains(DeadlineStep.ADMISSION_DECISION);
        assertThat(application.pendingDue()).contains(LocalDate.of(2026, 4, 1));
    }

    @Test
    void refusalNoLaterThanTenWorkingDays_000_7() {
        Application application = underReview(ADVOCATE, "2026-03-20T10:00");

        application.proposeRefusal("no internship", almaty("2026-03-31T15:00"), "Almaty, Abai 1, room 5", "officer",
                almaty("2026-03-26T10:00"), deadlines(ADVOCATE));

        assertThat(application.status()).isEqualTo(ApplicationStatus.REFUSAL_PROPOSED);
        // the preliminary notice itself was due within 3 working days of registration
        assertThat(application.last().deadlineHad()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(application.pendingStep()).contains(DeadlineStep.REFUSAL_DECISION);
        assertThat(application.pendingDue()).contains(LocalDate.of(2026, 4, 8));

        application.holdHearing("officer", almaty("2026-03-31T15:30"), deadlines(ADVOCATE));
        application.decideAfterHearing(false, "internship not completed", "head", almaty("2026-04-09T10:00"),
                deadlines(ADVOCATE));

        assertThat(application.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(application.last().deadlineHad()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(application.last().late()).isTrue();
    }

    @Test
    void admissionNoticeWithinOneWorkingDay_000_8() {
        Application application = underReview(ADVOCATE, "2026-05-05T10:00");

        application.admit("officer", almaty("2026-05-08T15:00"), deadlines(ADVOCATE));

        assertThat(application.status()).isEqualTo(ApplicationStatus.ADMITTED);
        // the notice goes out with the admission; its last day is the same as the admitted list's (¶9)
        assertThat(deadlines(ADVOCATE).due(DeadlineStep.ADMISSION_NOTICE, application.anchors()).orElseThrow().date())
                .isEqualTo(LocalDate.of(2026, 5, 12)); // Victory Day moved to Monday
        assertThat(application.last().nextDue()).isEqualTo(LocalDate.of(2026, 5, 12));
    }

    @ParameterizedTest(name = "{0}: the admitted list is pending until it is sent")
    @CsvSource({"ADVOCATE_ATTESTATION", "NOTARY_ATTESTATION", "BAILIFF_ATTESTATION"})
    void admittedListSentWithinOneWorkingDay_000_9(String code) {
        ServiceCode service = ServiceCode.of(code);
        Application application = underReview(service, "2026-05-05T10:00");

        application.admit("officer", almaty("2026-05-08T15:00"), deadlines(service));

        // a catalogue step like any other: pending (queue, SLA view), overdue the working day after its last day
        assertThat(application.pendingStep()).contains(DeadlineStep.ADMITTED_LIST_TO_OPERATOR);
        assertThat(application.pendingDue()).contains(LocalDate.of(2026, 5, 12));
        assertThat(application.overdueOn(LocalDate.of(2026, 5, 12))).isFalse();
        assertThat(application.overdueOn(LocalDate.of(2026, 5, 13))).isTrue();

        // sending the list closes it, recording the day it was due; nothing else is pending for these services
        assertThat(application.stepTaken(DeadlineStep.ADMITTED_LIST_TO_OPERATOR, "officer",
                almaty("2026-05-11T11:00"), kz.attest.web.Phrase.of("application.history.note.list-sent"), deadlines(service), DeadlineStep.ATTESTATION_HELD)).isTrue();
        assertThat(application.pendingStep()).isEmpty();
        assertThat(application.last().deadlineHad()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(application.last().late()).isFalse();
        assertThat(application.overdueOn(LocalDate.of(2026, 6, 1))).isFalse();
    }

    @Test
    void aForensicHearingIsDueTwoWorkingDaysAfterItsNotice_000_37() {
        Application application = underReview(FORENSIC, "2026-04-06T10:00");

        application.proposeRefusal("review missing", almaty("2026-04-08T10:00"), "online", "cfe-officer",
                almaty("2026-04-06T12:00"), deadlines(FORENSIC));

        assertThat(application.pendingStep()).contains(DeadlineStep.HEARING);
        assertThat(application.pendingDue()).contains(LocalDate.of(2026, 4, 8));
    }

    @Test
    void patentAttorneyApplicationsAreDecidedWithinSevenWorkingDays_000_82() {
        Application application = underReview(PATENT, "2026-04-06T10:00");

        assertThat(application.pendingStep()).contains(DeadlineStep.REFUSAL_DECISION);
        assertThat(application.pendingDue()).contains(LocalDate.of(2026, 4, 15));
    }

    @Test
    void aStepOutOfOrderIsAConflict() {
        Application application = submitted(ADVOCATE, "2026-04-06T10:00");

        assertThatThrownBy(() -> application.admit("officer", almaty("2026-04-06T11:00"), deadlines(ADVOCATE)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(RefusalStatuses.of(e)).isEqualTo(HttpStatus.CONFLICT));
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.history()).hasSize(1);
    }

    @Test
    void anOpenApplicationMayBeWithdrawnOnceAndAClosedOneNot() {
        Application application = underReview(ADVOCATE, "2026-04-06T10:00");

        application.withdraw("900315300123", almaty("2026-04-07T10:00"), deadlines(ADVOCATE));

        assertThat(application.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(application.pendingDue()).isEmpty();
        assertThatThrownBy(() -> application.withdraw("900315300123", almaty("2026-04-07T11:00"), deadlines(ADVOCATE)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(RefusalStatuses.of(e)).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void aHearingInThePastIsRefused_000_7() {
        Application application = underReview(ADVOCATE, "2026-04-06T10:00");

        assertThatThrownBy(() -> application.proposeRefusal("reason", almaty("2026-04-06T09:00"), "room 1",
                "officer", almaty("2026-04-06T12:00"), deadlines(ADVOCATE)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(RefusalStatuses.of(e)).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThat(application.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
    }
}
