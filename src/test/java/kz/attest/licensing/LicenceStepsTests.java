package kz.attest.licensing;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.DeadlineStep;
import kz.attest.web.LocalizedException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The provider's steps of a licence request, read from the catalogue's deadline tables (seed 003 ¶6 and appendix 2,
 * seed 004 appendix 2 ¶7), each due counted in working time with a 09:00–18:30 day, weekends and statutory holidays.
 */
class LicenceStepsTests {

    static final Catalogue CATALOGUE = Catalogue.bundled();
    static final WorkingCalendar CALENDAR = WorkingCalendar.of(List.of(), LocalTime.of(9, 0), LocalTime.of(18, 30));

    static Instant almaty(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
    }

    static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, WorkingCalendar.ZONE).toString();
    }

    static LicenceRequest received(String service, LicenceRequest.Kind kind, String at) {
        LicenceRequest r = new LicenceRequest();
        r.number = "LR-TEST";
        r.service = service;
        r.kind = kind;
        r.status = LicenceRequest.Status.IN_PROGRESS;
        r.receivedAt = almaty(at);
        return r;
    }

    static LegalSteps plan(LicenceRequest r) {
        return new LegalSteps(CATALOGUE.get(r.service), r.kind, CALENDAR);
    }

    /** The pending step's due instant (local time), then the step done at {@code doneAt}. */
    static String dueThenDo(LicenceRequest r, DeadlineStep step, String doneAt) {
        LegalSteps plan = plan(r);
        var pending = r.pendingStep(plan).orElseThrow();
        assertThat(pending.step()).isEqualTo(step);
        String due = local(r.due(pending, plan));
        r.complete(step, plan, "officer", null, almaty(doneAt));
        return due;
    }

    @Test
    void registeredWithinThirtyWorkingMinutesAcrossTheEndOfTheDay_004_7_1() {
        LicenceRequest r = received("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE, "2026-11-24T18:10");
        assertThat(dueThenDo(r, DeadlineStep.REGISTER, "2026-11-25T09:05")).isEqualTo("2026-11-25T09:10");
    }

    @Test
    void registeredWithinThirtyWorkingMinutesAcrossAWeekendAndAHoliday_004_7_1() {
        // Friday 18:10 → Monday 09:10
        assertThat(dueThenDo(received("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE, "2026-11-27T18:10"),
                DeadlineStep.REGISTER, "2026-11-30T09:00")).isEqualTo("2026-11-30T09:10");
        // Tuesday 18:25 before Independence Day (Wednesday 16 December) → Thursday 09:25
        assertThat(dueThenDo(received("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE, "2026-12-15T18:25"),
                DeadlineStep.REGISTER, "2026-12-17T09:00")).isEqualTo("2026-12-17T09:25");
    }

    @Test
    void assignedWithinThirtyWorkingMinutesOfRegistration_004_7_2() {
        LicenceRequest r = received("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE, "2026-11-27T18:10");
        dueThenDo(r, DeadlineStep.REGISTER, "2026-11-27T18:20");
        // registered at 18:20 Friday: 10 minutes left that day, 20 on Monday
        assertThat(dueThenDo(r, DeadlineStep.ASSIGN_OFFICER, "2026-11-30T09:10")).isEqualTo("2026-11-30T09:20");
    }

    @Test
    void completenessWithinTwoWorkingDaysThenFifteenToPrepareOneToApproveOneToSign_004_7() {
        LicenceRequest r = received("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE, "2026-11-02T10:00");
        dueThenDo(r, DeadlineStep.REGISTER, "2026-11-02T10:10");
        dueThenDo(r, DeadlineStep.ASSIGN_OFFICER, "2026-11-02T10:20");
        assertThat(dueThenDo(r, DeadlineStep.COMPLETENESS_CHECK, "2026-11-03T12:00")).isEqualTo("2026-11-04T18:30");
        assertThat(dueThenDo(r, DeadlineStep.LICENCE_PREPARATION, "2026-11-10T12:00")).isEqualTo("2026-11-24T18:30");
        assertThat(dueThenDo(r, DeadlineStep.LICENCE_APPROVAL, "2026-11-11T12:00")).isEqualTo("2026-11-11T18:30");
        assertThat(dueThenDo(r, DeadlineStep.LICENCE_SIGNING, "2026-11-12T12:00")).isEqualTo("2026-11-12T18:30");
        assertThat(r.pendingStep(plan(r))).isEmpty();
    }

    @Test
    void reissuePreparedWithinThreeWorkingDays_004_7_3() {
        LicenceRequest r = received("BAILIFF_LICENSE", LicenceRequest.Kind.REISSUE, "2026-11-02T10:00");
        dueThenDo(r, DeadlineStep.REGISTER, "2026-11-02T10:10");
        dueThenDo(r, DeadlineStep.ASSIGN_OFFICER, "2026-11-02T10:20");
        dueThenDo(r, DeadlineStep.COMPLETENESS_CHECK, "2026-11-03T12:00");
        assertThat(dueThenDo(r, DeadlineStep.LICENCE_PREPARATION, "2026-11-04T12:00")).isEqualTo("2026-11-06T18:30");
    }

    @Test
    void registeredTheSameWorkingDayAssignedWithinOneCheckedWithinFourSignedWithinOne_003_6() {
        // received Friday 18:40, after hours: the same working day is Monday
        LicenceRequest r = received("FORENSIC_ACTIVITY_LICENSE", LicenceRequest.Kind.ISSUE, "2026-11-27T18:40");
        assertThat(dueThenDo(r, DeadlineStep.REGISTER, "2026-11-30T10:00")).isEqualTo("2026-11-30T18:30");
        assertThat(dueThenDo(r, DeadlineStep.ASSIGN_OFFICER, "2026-12-01T10:00")).isEqualTo("2026-12-01T18:30");
        assertThat(dueThenDo(r, DeadlineStep.QUALIFICATION_CHECK, "2026-12-02T10:00")).isEqualTo("2026-12-07T18:30");
        assertThat(dueThenDo(r, DeadlineStep.LICENCE_SIGNING, "2026-12-03T10:00")).isEqualTo("2026-12-03T18:30");
    }

    @Test
    void reissueCheckedWithinTwoWorkingDays_003_6_3() {
        LicenceRequest r = received("FORENSIC_ACTIVITY_LICENSE", LicenceRequest.Kind.REISSUE, "2026-12-14T10:00");
        dueThenDo(r, DeadlineStep.REGISTER, "2026-12-14T11:00");
        dueThenDo(r, DeadlineStep.ASSIGN_OFFICER, "2026-12-14T12:00");
        // Tuesday 15th, then Independence Day (16th) is skipped: the 17th
        assertThat(dueThenDo(r, DeadlineStep.QUALIFICATION_CHECK, "2026-12-15T10:00")).isEqualTo("2026-12-17T18:30");
    }

    @Test
    void onlyThePendingStepMayBeDoneAndALateStepIsMarked_004_7() {
        LicenceRequest r = received("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE, "2026-11-24T10:00");
        assertThatThrownBy(() -> r.complete(DeadlineStep.ASSIGN_OFFICER, plan(r), "officer", null, almaty("2026-11-24T10:05")))
                .isInstanceOf(LocalizedException.class).hasMessage("licensing.error.step-not-pending");
        LicenceRequest.StepDone late = r.complete(DeadlineStep.REGISTER, plan(r), "officer", null, almaty("2026-11-24T11:00"));
        assertThat(late.doneAt()).isAfter(late.dueAt());
    }

    @Test
    void incompleteDocumentsEndInAWrittenRefusalToConsiderFurther_004_7_3() {
        LicenceRequest r = received("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE, "2026-11-24T10:00");
        r.complete(DeadlineStep.REGISTER, plan(r), "officer", null, almaty("2026-11-24T10:05"));
        r.complete(DeadlineStep.ASSIGN_OFFICER, plan(r), "officer", null, almaty("2026-11-24T10:10"));
        assertThatThrownBy(() -> r.refuse(plan(r), " ", "head", almaty("2026-11-25T10:00")))
                .hasMessage("licensing.error.reason-required");
        r.refuse(plan(r), "no identity document", "head", almaty("2026-11-25T10:00"));
        assertThat(r.status).isEqualTo(LicenceRequest.Status.REFUSED_INCOMPLETE);
        assertThat(r.pendingStep(plan(r))).isEmpty();
    }

    // ---------------------------------------------------------------- one test per row of the steps tables

    /** Registered and assigned the same morning, so later steps start from a known instant. */
    static LicenceRequest assigned(String service, LicenceRequest.Kind kind) {
        LicenceRequest r = received(service, kind, "2026-11-02T10:00");
        dueThenDo(r, DeadlineStep.REGISTER, "2026-11-02T10:10");
        dueThenDo(r, DeadlineStep.ASSIGN_OFFICER, "2026-11-02T10:20");
        return r;
    }

    @Test
    void thirtyWorkingMinutesAcrossTheEndOfTheDayAWeekendAndAHoliday_004_7() {
        // Friday 5 March 2027 18:20: 10 minutes that day; Saturday, Sunday and International Women's Day (Monday the
        // 8th) do not count; the remaining 20 minutes on Tuesday the 9th
        assertThat(local(CALENDAR.addWorkingMinutes(almaty("2027-03-05T18:20"), 30))).isEqualTo("2027-03-09T09:20");
        assertThat(dueThenDo(received("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE, "2027-03-05T18:20"),
                DeadlineStep.REGISTER, "2027-03-09T09:00")).isEqualTo("2027-03-09T09:20");
    }

    @Test
    void registeredWithinThirtyWorkingMinutes_004_7_1() {
        LicenceRequest r = received("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE, "2026-11-02T10:00");
        assertThat(dueThenDo(r, DeadlineStep.REGISTER, "2026-11-02T10:10")).isEqualTo("2026-11-02T10:30");
    }

    @Test
    void assignedWithinThirtyWorkingMinutes_004_7_2() {
        LicenceRequest r = received("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE, "2026-11-02T10:00");
        dueThenDo(r, DeadlineStep.REGISTER, "2026-11-02T10:10");
        assertThat(dueThenDo(r, DeadlineStep.ASSIGN_OFFICER, "2026-11-02T10:20")).isEqualTo("2026-11-02T10:40");
    }

    @Test
    void completenessCheckedWithinTwoWorkingDays_004_7_3() {
        LicenceRequest r = assigned("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE);
        assertThat(dueThenDo(r, DeadlineStep.COMPLETENESS_CHECK, "2026-11-03T12:00")).isEqualTo("2026-11-04T18:30");
    }

    @Test
    void anIncompleteRequestIsRefusedInWritingWithinTheCompletenessStep_004_7_3() {
        LicenceRequest r = assigned("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE);
        LicenceRequest.StepDone refusal = r.refuse(plan(r), "no identity document", "head", almaty("2026-11-04T10:00"));
        assertThat(refusal.step()).isEqualTo(DeadlineStep.COMPLETENESS_CHECK);
        assertThat(local(refusal.dueAt())).isEqualTo("2026-11-04T18:30");
        assertThat(r.status).isEqualTo(LicenceRequest.Status.REFUSED_INCOMPLETE);
    }

    @Test
    void consideredAndPreparedWithinFifteenWorkingDays_004_7_3() {
        LicenceRequest r = assigned("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE);
        dueThenDo(r, DeadlineStep.COMPLETENESS_CHECK, "2026-11-03T12:00");
        assertThat(dueThenDo(r, DeadlineStep.LICENCE_PREPARATION, "2026-11-10T12:00")).isEqualTo("2026-11-24T18:30");
    }

    @Test
    void reissueConsideredWithinThreeWorkingDays_004_7_3() {
        LicenceRequest r = assigned("BAILIFF_LICENSE", LicenceRequest.Kind.REISSUE);
        dueThenDo(r, DeadlineStep.COMPLETENESS_CHECK, "2026-11-03T12:00");
        assertThat(dueThenDo(r, DeadlineStep.LICENCE_PREPARATION, "2026-11-04T12:00")).isEqualTo("2026-11-06T18:30");
    }

    @Test
    void approvedByTheDirectorWithinOneWorkingDay_004_7_4() {
        LicenceRequest r = assigned("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE);
        dueThenDo(r, DeadlineStep.COMPLETENESS_CHECK, "2026-11-03T12:00");
        dueThenDo(r, DeadlineStep.LICENCE_PREPARATION, "2026-11-10T12:00");
        assertThat(dueThenDo(r, DeadlineStep.LICENCE_APPROVAL, "2026-11-11T12:00")).isEqualTo("2026-11-11T18:30");
    }

    @Test
    void signedByTheDeputyHeadWithinOneWorkingDay_004_7_5() {
        LicenceRequest r = assigned("BAILIFF_LICENSE", LicenceRequest.Kind.ISSUE);
        dueThenDo(r, DeadlineStep.COMPLETENESS_CHECK, "2026-11-03T12:00");
        dueThenDo(r, DeadlineStep.LICENCE_PREPARATION, "2026-11-10T12:00");
        dueThenDo(r, DeadlineStep.LICENCE_APPROVAL, "2026-11-11T12:00");
        // approved Wednesday 11th: one working day, Thursday the 12th
        assertThat(dueThenDo(r, DeadlineStep.LICENCE_SIGNING, "2026-11-12T12:00")).isEqualTo("2026-11-12T18:30");
        assertThat(r.pendingStep(plan(r))).isEmpty();
    }

    @Test
    void registeredTheSameWorkingDay_003_6_1() {
        LicenceRequest r = received("FORENSIC_ACTIVITY_LICENSE", LicenceRequest.Kind.ISSUE, "2026-11-02T17:00");
        assertThat(dueThenDo(r, DeadlineStep.REGISTER, "2026-11-02T18:00")).isEqualTo("2026-11-02T18:30");
    }

    @Test
    void assignedWithinOneWorkingDay_003_6_2() {
        LicenceRequest r = received("FORENSIC_ACTIVITY_LICENSE", LicenceRequest.Kind.ISSUE, "2026-11-02T17:00");
        dueThenDo(r, DeadlineStep.REGISTER, "2026-11-02T18:00");
        assertThat(dueThenDo(r, DeadlineStep.ASSIGN_OFFICER, "2026-11-03T10:00")).isEqualTo("2026-11-03T18:30");
    }

    @Test
    void qualificationCheckedAndLicencePreparedWithinFourWorkingDays_003_6_3() {
        LicenceRequest r = assigned("FORENSIC_ACTIVITY_LICENSE", LicenceRequest.Kind.ISSUE);
        // assigned Monday 2nd: four working days, Friday the 6th
        assertThat(dueThenDo(r, DeadlineStep.QUALIFICATION_CHECK, "2026-11-05T10:00")).isEqualTo("2026-11-06T18:30");
    }

    @Test
    void reissueQualificationCheckedWithinTwoWorkingDays_003_6_3() {
        LicenceRequest r = assigned("FORENSIC_ACTIVITY_LICENSE", LicenceRequest.Kind.REISSUE);
        assertThat(dueThenDo(r, DeadlineStep.QUALIFICATION_CHECK, "2026-11-03T10:00")).isEqualTo("2026-11-04T18:30");
    }

    @Test
    void signedByTheHeadWithinOneWorkingDay_003_6_4() {
        LicenceRequest r = assigned("FORENSIC_ACTIVITY_LICENSE", LicenceRequest.Kind.ISSUE);
        dueThenDo(r, DeadlineStep.QUALIFICATION_CHECK, "2026-11-05T10:00");
        assertThat(dueThenDo(r, DeadlineStep.LICENCE_SIGNING, "2026-11-06T10:00")).isEqualTo("2026-11-06T18:30");
        assertThat(r.pendingStep(plan(r))).isEmpty();
    }
}
