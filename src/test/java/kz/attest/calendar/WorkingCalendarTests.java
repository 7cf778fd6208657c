package kz.attest.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Working-day rules of spec lifecycle.md "Working days" over the 2025–2027 data, without Spring. */
class WorkingCalendarTests {

    private final WorkingCalendar calendar = KazakhstanCalendarData.calendar();

    @ParameterizedTest(name = "{0} working: {1} ({2})")
    @CsvSource({
            "2025-01-01, false, New Year",
            "2025-01-02, false, New Year",
            "2025-01-03, false, Friday made a day off by the 2025 transfer",
            "2025-01-04, false, Saturday",
            "2025-01-05, true,  Sunday made a working day by the 2025 transfer",
            "2025-01-06, true,  Monday",
            "2025-01-07, false, Orthodox Christmas on Tuesday",
            "2025-03-10, false, moved from 8 March on Saturday",
            "2025-03-11, true,  Tuesday",
            "2025-03-21, false, Nauryz on Friday",
            "2025-03-24, false, moved from Nauryz on Saturday",
            "2025-03-25, false, moved from Nauryz on Sunday",
            "2025-03-26, true,  Wednesday after Nauryz",
            "2025-05-02, true,  Friday between holidays",
            "2025-06-06, false, Kurban Ait on Friday",
            "2025-07-07, false, moved from Capital City Day on Sunday",
            "2025-09-01, false, moved from Constitution Day on Saturday",
            "2025-10-27, false, moved from Republic Day on Saturday",
            "2025-12-16, false, Independence Day",
            "2025-12-17, true,  17 December is no longer a holiday",
            "2025-12-31, true,  31 December is worked",
            "2026-01-02, false, New Year on Friday",
            "2026-01-05, true,  first working day of 2026",
            "2026-01-07, false, Orthodox Christmas on Wednesday",
            "2026-03-09, false, moved from 8 March on Sunday",
            "2026-03-23, false, Nauryz on Monday",
            "2026-03-24, false, moved from Nauryz on Saturday, after the Monday holiday",
            "2026-03-25, false, moved from Nauryz on Sunday",
            "2026-03-26, true,  Thursday after Nauryz",
            "2026-05-11, false, moved from Victory Day on Saturday",
            "2026-05-27, false, Kurban Ait on Wednesday",
            "2026-07-06, false, Capital City Day on Monday",
            "2026-08-31, false, moved from Constitution Day on Sunday",
            "2026-10-26, false, moved from Republic Day on Sunday",
            "2026-12-16, false, Independence Day on Wednesday",
            "2027-01-01, false, New Year on Friday",
            "2027-01-04, false, moved from New Year on Saturday",
            "2027-01-05, true,  first working day of 2027",
            "2027-03-24, false, moved from Nauryz on Sunday",
            "2027-05-03, false, moved from 1 May on Saturday",
            "2027-05-10, false, moved from Victory Day on Sunday",
            "2027-05-17, true,  Kurban Ait on Sunday is religious and not moved",
            "2028-01-03, false, year not held: moved from New Year on Saturday by rule",
            "2028-01-04, false, year not held: moved from New Year on Sunday by rule",
            "2028-01-05, true,  year not held: a plain Wednesday",
    })
    void workingDaysFollowHolidaysMovesAndTransfers(LocalDate date, boolean working, String why) {
        assertThat(calendar.isWorkingDay(date)).as(why).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2025-12-31, 1,  2026-01-05",
            "2025-12-30, 2,  2026-01-05",
            "2026-12-31, 1,  2027-01-05",
            "2026-12-30, 2,  2027-01-05",
            "2025-01-02, 1,  2025-01-05",
            "2025-01-05, 1,  2025-01-06",
            "2025-03-20, 1,  2025-03-26",
            "2026-03-20, 2,  2026-03-27",
            "2026-03-05, 10, 2026-03-20",
            "2026-05-08, 1,  2026-05-12",
            "2026-05-26, 1,  2026-05-28",
            "2027-05-14, 1,  2027-05-17",
            "2026-08-28, 1,  2026-09-01",
            "2025-10-24, 1,  2025-10-28",
            "2026-12-15, 1,  2026-12-17",
            "2026-11-20, 0,  2026-11-20",
            "2026-03-26, -1, 2026-03-20",
    })
    void addingWorkingDaysSkipsDaysOffAcrossYearEnds(LocalDate from, int days, LocalDate due) {
        assertThat(calendar.addWorkingDays(from, days)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{1} working days before {0} = {2}")
    @CsvSource({
            "2026-03-26, 1, 2026-03-20",
            "2026-01-05, 3, 2025-12-29",
            "2025-01-06, 1, 2025-01-05",
            "2027-01-05, 1, 2026-12-31",
            "2026-05-28, 2, 2026-05-25",
    })
    void subtractingWorkingDaysCountsBackwards(LocalDate date, int days, LocalDate earlier) {
        assertThat(calendar.subtractWorkingDays(date, days)).isEqualTo(earlier);
    }

    @ParameterizedTest(name = "received {0} Almaty → counts as {1}, due in 1 working day {2}")
    @CsvSource({
            "2026-03-20T18:00,    2026-03-20, 2026-03-26",
            "2026-03-20T18:29:59, 2026-03-20, 2026-03-26",
            "2026-03-20T18:30,    2026-03-26, 2026-03-27",
            "2026-03-20T23:59,    2026-03-26, 2026-03-27",
            "2026-03-21T10:00,    2026-03-26, 2026-03-27",
            "2026-03-23T07:00,    2026-03-26, 2026-03-27",
            "2025-01-05T10:00,    2025-01-05, 2025-01-06",
            "2025-01-05T19:00,    2025-01-06, 2025-01-08",
            "2026-12-31T18:45,    2027-01-05, 2027-01-06",
            "2026-12-31T12:00,    2026-12-31, 2027-01-05",
            "2026-05-27T09:00,    2026-05-28, 2026-05-29",
            "2026-01-07T08:00,    2026-01-08, 2026-01-09",
            "2026-11-23T08:00,    2026-11-23, 2026-11-24",
            "2026-11-21T11:00,    2026-11-23, 2026-11-24",
    })
    void receiptAfterHoursOnWeekendOrHolidayCountsFromNextWorkingDay_000_4(LocalDateTime received,
                                                                           LocalDate receiptDay, LocalDate due) {
        Instant at = received.atZone(WorkingCalendar.ZONE).toInstant();
        assertThat(calendar.receiptDay(at)).isEqualTo(receiptDay);
        assertThat(calendar.addWorkingDays(at, 1)).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} UTC counts as {1}")
    @CsvSource({
            "2026-03-20T13:00:00Z, 2026-03-20",
            "2026-03-20T13:30:00Z, 2026-03-26",
            "2026-03-19T19:00:00Z, 2026-03-20",
            "2026-03-19T13:29:59Z, 2026-03-19",
            "2026-03-19T18:59:59Z, 2026-03-20",
    })
    void receiptTimeIsReadInAlmatyTime(Instant received, LocalDate receiptDay) {
        assertThat(calendar.receiptDay(received)).isEqualTo(receiptDay);
    }

    @ParameterizedTest(name = "30 working minutes from {0} end at {1}")
    @CsvSource({
            // inside the working day
            "2026-11-24T10:00,    2026-11-24T10:30",
            "2026-11-24T18:00,    2026-11-24T18:30",
            // across the end of the working day (18:30): the rest on the next working day from 09:00
            "2026-11-24T18:10,    2026-11-25T09:10",
            "2026-11-24T18:30,    2026-11-25T09:30",
            "2026-11-24T23:00,    2026-11-25T09:30",
            // before opening: counting starts at 09:00
            "2026-11-24T07:45,    2026-11-24T09:30",
            // across a weekend: Friday evening → Monday
            "2026-11-27T18:20,    2026-11-30T09:20",
            "2026-11-28T12:00,    2026-11-30T09:30",
            // across a holiday: Independence Day, Wednesday 16 December 2026
            "2026-12-15T18:25,    2026-12-17T09:25",
            "2026-12-16T10:00,    2026-12-17T09:30",
            // across Nauryz (21–25 March 2026 off; 20 March is a working Friday)
            "2026-03-20T18:15,    2026-03-26T09:15",
    })
    void registeredAndAssignedWithinThirtyWorkingMinutes_004_7(LocalDateTime received, LocalDateTime due) {
        Instant at = received.atZone(WorkingCalendar.ZONE).toInstant();
        assertThat(LocalDateTime.ofInstant(calendar.addWorkingMinutes(at, 30), WorkingCalendar.ZONE)).isEqualTo(due);
    }

    @Test
    void workingMinutesLongerThanADaySpanSeveralWorkingDays_004_7() {
        // two steps of 30 minutes chained, and a whole working day (570 minutes) plus 30 from 18:10 on a Friday
        Instant received = LocalDateTime.parse("2026-11-27T18:10").atZone(WorkingCalendar.ZONE).toInstant();
        Instant registered = calendar.addWorkingMinutes(received, 30);
        Instant assigned = calendar.addWorkingMinutes(registered, 30);
        assertThat(LocalDateTime.ofInstant(assigned, WorkingCalendar.ZONE)).isEqualTo(LocalDateTime.parse("2026-11-30T09:40"));
        assertThat(LocalDateTime.ofInstant(calendar.addWorkingMinutes(received, 600), WorkingCalendar.ZONE))
                .isEqualTo(LocalDateTime.parse("2026-12-01T09:10"));
        assertThat(calendar.addWorkingMinutes(received, 0)).isEqualTo(received);
    }

    @Test
    void registrationDueOneWorkingDayAfterReceipt_000_4() {
        Deadline deadline = calendar.deadline(Instant.parse("2026-03-20T14:00:00Z"), 1);
        assertThat(deadline.receiptDay()).isEqualTo(LocalDate.of(2026, 3, 26));
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(deadline.dueBy()).isEqualTo(Instant.parse("2026-03-27T13:30:00Z"));
    }

    @Test
    void workingHoursEndAt1830AlmatyTime() {
        assertThat(calendar.endOfWorkingDay(LocalDate.of(2026, 3, 20))).isEqualTo(Instant.parse("2026-03-20T13:30:00Z"));
    }

    @Test
    void calendarDaysAndMonthsArePlainDays() {
        assertThat(calendar.addCalendarDays(LocalDate.of(2026, 3, 20), 30)).isEqualTo(LocalDate.of(2026, 4, 19));
        assertThat(calendar.addMonths(LocalDate.of(2026, 1, 31), 1)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(calendar.addMonths(LocalDate.of(2027, 12, 31), 2)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void workingDaysBetweenCountsTheLaterEndOnly() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 27))).isEqualTo(2);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 20))).isEqualTo(-2);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 20))).isZero();
    }

    @Test
    void nextAndPreviousWorkingDayJumpOverNauryz() {
        assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 3, 20))).isEqualTo(LocalDate.of(2026, 3, 26));
        assertThat(calendar.previousWorkingDay(LocalDate.of(2026, 3, 26))).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void yearListsHolidaysMovedDaysAndTransfersInOrder() {
        List<CalendarDay> year = calendar.year(2026);
        assertThat(year).extracting(CalendarDay::date).isSorted();
        assertThat(year).filteredOn(d -> d.date().equals(LocalDate.of(2026, 3, 24))).singleElement()
                .satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(DayKind.MOVED_DAY_OFF);
                    assertThat(d.movedFrom()).isEqualTo(LocalDate.of(2026, 3, 21));
                });
        assertThat(year).filteredOn(d -> d.kind() == DayKind.MOVED_DAY_OFF).extracting(CalendarDay::date)
                .containsExactly(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 25),
                        LocalDate.of(2026, 5, 11), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 10, 26));
        assertThat(calendar.year(2025)).filteredOn(d -> !d.isDayOff()).extracting(CalendarDay::date)
                .containsExactly(LocalDate.of(2025, 1, 5));
    }

    @Test
    void aHolidayAddedOnASaturdayGetsItsMovedDayOff() {
        List<SpecialDay> days = new ArrayList<>(KazakhstanCalendarData.days2025To2027());
        days.add(SpecialDay.holiday(LocalDate.of(2026, 11, 28), new DayName("Жаңа мереке", "Новый праздник", null), null));
        WorkingCalendar edited = WorkingCalendar.of(days, KazakhstanCalendarData.START, KazakhstanCalendarData.END);
        assertThat(edited.isWorkingDay(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue();
    }

    @Test
    void aReligiousHolidayOnAWeekendIsNotMoved() {
        List<SpecialDay> days = new ArrayList<>(KazakhstanCalendarData.days2025To2027());
        days.add(SpecialDay.religiousHoliday(LocalDate.of(2026, 11, 28), new DayName("Айт", "Айт", null), null));
        WorkingCalendar edited = WorkingCalendar.of(days, KazakhstanCalendarData.START, KazakhstanCalendarData.END);
        assertThat(edited.isWorkingDay(LocalDate.of(2026, 11, 30))).isTrue();
    }

    @Test
    void aYearNotHeldFollowsTheRuleAndSaysSo() {
        assertThat(calendar.isMaintained(2026)).isTrue();
        assertThat(calendar.isMaintained(2030)).isFalse();
        assertThat(calendar.year(2030)).extracting(CalendarDay::date).contains(LocalDate.of(2030, 3, 21));
    }
}
