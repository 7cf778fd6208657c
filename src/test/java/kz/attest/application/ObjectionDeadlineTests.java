package kz.attest.application;

import kz.attest.catalogue.ServiceCode;
import kz.attest.web.Refusal;
import kz.attest.web.RefusalStatuses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

import java.time.LocalDate;

import static kz.attest.application.ApplicationLifecycleTests.CALENDAR;
import static kz.attest.application.ApplicationLifecycleTests.almaty;
import static kz.attest.application.ApplicationLifecycleTests.deadlines;
import static kz.attest.application.ApplicationLifecycleTests.underReview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The objection window: 2 working days after the notice of the preliminary refusal (seed 000 ¶7 for the justice
 * departments, ¶37 and ¶62 for the Centre of Forensic Expertise, ¶81 for the Ministry), counted over Nauryz 2026
 * (21–25 March off).
 */
class ObjectionDeadlineTests {

    @ParameterizedTest(name = "{0}: notice {1}, last day {2}")
    @CsvSource({
            "ADVOCATE_ATTESTATION, 2026-03-17T10:00, 2026-03-19",          // ¶7: Tuesday → Thursday
            "ADVOCATE_ATTESTATION, 2026-03-19T15:00, 2026-03-26",          // ¶7: Friday 20th, then Nauryz to 25th
            "FORENSIC_EXPERT_ATTESTATION, 2026-03-20T11:00, 2026-03-27",   // ¶37: no table row, 2 working days
            "FORENSIC_EXPERT_QUALIFICATION, 2026-05-08T09:30, 2026-05-13", // ¶62: Victory Day moved to Monday 11 May
            "PATENT_ATTORNEY_ATTESTATION, 2026-03-20T17:00, 2026-03-27"    // ¶81
    })
    void objectionAcceptedWithinTwoWorkingDaysOfTheNotice_000_7_000_37_000_62_000_81(ServiceCode service, String notice,
                                                                                     LocalDate lastDay) {
        Application application = underReview(service, "2026-03-02T10:00");
        application.proposeRefusal("no internship", almaty("2026-06-01T10:00"), "room 5", "officer", almaty(notice),
                deadlines(service));

        assertThat(Objections.dueDate(application, deadlines(service), CALENDAR)).isEqualTo(lastDay);

        application.object("applicant", lastDay.atTime(23, 0).atZone(kz.attest.calendar.WorkingCalendar.ZONE).toInstant(),
                lastDay, "objection on the last day");
        assertThat(application.status()).isEqualTo(ApplicationStatus.REFUSAL_PROPOSED);
        assertThat(application.last().note()).isEqualTo(kz.attest.web.Phrase.verbatim("objection on the last day"));
        assertThatThrownBy(() -> application.object("applicant",
                lastDay.plusDays(1).atTime(9, 0).atZone(kz.attest.calendar.WorkingCalendar.ZONE).toInstant(), lastDay, "late"))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(RefusalStatuses.of(e)).isEqualTo(HttpStatus.CONFLICT));
    }

    @org.junit.jupiter.api.Test
    void anObjectionKeepsTheHearingAndTheRefusalDeadline_000_7() {
        ServiceCode service = ServiceCode.of("ADVOCATE_ATTESTATION");
        Application application = underReview(service, "2026-03-02T10:00");
        application.proposeRefusal("no internship", almaty("2026-03-10T10:00"), "room 5", "officer",
                almaty("2026-03-04T10:00"), deadlines(service));
        LocalDate refusalDue = application.pendingDue().orElseThrow();

        application.object("applicant", almaty("2026-03-05T10:00"), LocalDate.of(2026, 3, 6), "objection");
        application.holdHearing("officer", almaty("2026-03-10T11:00"), deadlines(service));

        assertThat(application.pendingDue()).contains(refusalDue);
        assertThat(application.history()).extracting(HistoryEntry::status).containsSubsequence(
                ApplicationStatus.REFUSAL_PROPOSED, ApplicationStatus.REFUSAL_PROPOSED, ApplicationStatus.HEARING);
    }

    @ParameterizedTest(name = "{0}: registered {1}, refusal reaches the applicant by {2}")
    @CsvSource({
            "ADVOCATE_ATTESTATION, 2026-03-16T10:00, 2026-04-02",        // ¶7: 10 working days, Nauryz 21–25 off
            "PATENT_ATTORNEY_ATTESTATION, 2026-03-16T10:00, 2026-03-30", // ¶82: 7 working days
            "FORENSIC_EXPERT_ATTESTATION, 2026-05-04T10:00, 2026-05-15"  // ¶34: 7 working days, 7 and 11 May off
    })
    void theSignedRefusalHadTheLegalLimitFromRegistration_000_7_000_34_000_82(ServiceCode service, String registered,
                                                                              LocalDate limit) {
        Application application = underReview(service, registered);
        application.proposeRefusal("no internship", almaty(registered).plusSeconds(7 * 86400), "room 5", "officer",
                almaty(registered).plusSeconds(3600), deadlines(service));
        application.holdHearing("officer", almaty(registered).plusSeconds(7 * 86400 + 3600), deadlines(service));

        assertThat(application.pendingDue()).contains(limit);
        application.decideAfterHearing(false, "internship not completed", "head",
                almaty(registered).plusSeconds(8 * 86400), deadlines(service));
        assertThat(application.status()).isEqualTo(ApplicationStatus.REFUSED);
        assertThat(application.last().deadlineHad()).isEqualTo(limit);
        assertThat(application.last().late()).isFalse();
    }
}
