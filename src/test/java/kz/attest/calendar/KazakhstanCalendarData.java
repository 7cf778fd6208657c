package kz.attest.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The 2025–2027 calendar as seeded by V31, built in code so domain tests run without a database. */
final class KazakhstanCalendarData {

    static final LocalTime START = LocalTime.of(9, 0);
    static final LocalTime END = LocalTime.of(18, 30);

    private KazakhstanCalendarData() {
    }

    static List<SpecialDay> days2025To2027() {
        List<SpecialDay> days = new ArrayList<>();
        for (int year = 2025; year <= 2027; year++) {
            days.addAll(StatutoryHolidays.forYear(year));
        }
        DayName kurbanAit = new DayName("Құрбан айттың бірінші күні", "Первый день Курбан айта", "First day of Kurban Ait");
        days.add(SpecialDay.religiousHoliday(LocalDate.of(2025, 6, 6), kurbanAit, "ДУМК"));
        days.add(SpecialDay.religiousHoliday(LocalDate.of(2026, 5, 27), kurbanAit, "ДУМК"));
        days.add(SpecialDay.religiousHoliday(LocalDate.of(2027, 5, 16), kurbanAit, "ДУМК"));
        days.add(new SpecialDay(LocalDate.of(2025, 1, 3), DayKind.TRANSFERRED_DAY_OFF, false,
                new DayName("Демалыс күні", "Выходной день", "Day off"), "МТСЗН"));
        days.add(new SpecialDay(LocalDate.of(2025, 1, 5), DayKind.TRANSFERRED_WORKING_DAY, false,
                new DayName("Жұмыс күні", "Рабочий день", "Working day"), "МТСЗН"));
        return days;
    }

    static WorkingCalendar calendar() {
        return WorkingCalendar.of(days2025To2027(), START, END);
    }
}
