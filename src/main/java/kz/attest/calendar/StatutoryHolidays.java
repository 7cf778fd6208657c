package kz.attest.calendar;

import java.time.MonthDay;
import java.util.List;

/**
 * The fixed-date public holidays of the Labour Code (art. 85) and the Law "On holidays in the Republic of Kazakhstan".
 * Used only for a year the calendar does not hold yet: to answer by rule and to open the year when an administrator
 * first edits it. Kurban Ait is not here, its date varies: an administrator adds it to each year.
 */
final class StatutoryHolidays {

    static final String LEGAL_SOURCE = "Трудовой кодекс РК, ст. 85; Закон РК «О праздниках в Республике Казахстан»";

    private record Fixed(MonthDay day, boolean religious, DayName name) {
    }

    private static final DayName NEW_YEAR = new DayName("Жаңа жыл", "Новый год", "New Year");
    private static final DayName NAURYZ = new DayName("Наурыз мейрамы", "Наурыз мейрамы", "Nauryz");

    private static final List<Fixed> FIXED = List.of(
            new Fixed(MonthDay.of(1, 1), false, NEW_YEAR),
            new Fixed(MonthDay.of(1, 2), false, NEW_YEAR),
            new Fixed(MonthDay.of(1, 7), true,
                    new DayName("Православиелік Рождество", "Православное Рождество", "Orthodox Christmas")),
            new Fixed(MonthDay.of(3, 8), false,
                    new DayName("Халықаралық әйелдер күні", "Международный женский день", "International Women's Day")),
            new Fixed(MonthDay.of(3, 21), false, NAURYZ),
            new Fixed(MonthDay.of(3, 22), false, NAURYZ),
            new Fixed(MonthDay.of(3, 23), false, NAURYZ),
            new Fixed(MonthDay.of(5, 1), false, new DayName("Қазақстан халқының бірлігі мерекесі",
                    "Праздник единства народа Казахстана", "Day of Unity of the People of Kazakhstan")),
            new Fixed(MonthDay.of(5, 7), false,
                    new DayName("Отан қорғаушы күні", "День защитника Отечества", "Defender of the Fatherland Day")),
            new Fixed(MonthDay.of(5, 9), false, new DayName("Жеңіс күні", "День Победы", "Victory Day")),
            new Fixed(MonthDay.of(7, 6), false, new DayName("Астана күні", "День столицы", "Capital City Day")),
            new Fixed(MonthDay.of(8, 30), false, new DayName("Қазақстан Республикасының Конституциясы күні",
                    "День Конституции Республики Казахстан", "Constitution Day")),
            new Fixed(MonthDay.of(10, 25), false, new DayName("Республика күні", "День Республики", "Republic Day")),
            new Fixed(MonthDay.of(12, 16), false,
                    new DayName("Тәуелсіздік күні", "День Независимости", "Independence Day")));

    private StatutoryHolidays() {
    }

    static List<SpecialDay> forYear(int year) {
        return FIXED.stream()
                .map(f -> new SpecialDay(f.day().atYear(year), DayKind.HOLIDAY, f.religious(), f.name(), LEGAL_SOURCE))
                .toList();
    }
}
