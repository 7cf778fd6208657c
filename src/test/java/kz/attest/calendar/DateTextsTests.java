package kz.attest.calendar;

import kz.attest.testing.Bundles;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: one date format per language, and deadlines also as working days left (seed 000 ¶4: working days). */
class DateTextsTests {

    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.forLanguageTag("en");

    /** Friday 13 March 2026, 10:00 in Almaty. */
    private final Clock friday = Clock.fixed(ZonedDateTime.of(2026, 3, 13, 10, 0, 0, 0, WorkingCalendar.ZONE).toInstant(),
            WorkingCalendar.ZONE);
    private final DateTexts texts = new DateTexts(messages(),
            WorkingCalendar.of(List.of(), LocalTime.of(9, 0), LocalTime.of(18, 30)), friday);

    static ResourceBundleMessageSource messages() {
        return Bundles.messageSource("i18n/messages", "i18n/calendar");
    }

    @Test
    void everyKindOfDateIsWrittenTheSameWayInEachLanguage() {
        LocalDate day = LocalDate.of(2026, 3, 20);
        for (Locale language : List.of(KK, RU, EN)) {
            assertThat(texts.date(day, language)).isEqualTo("20.03.2026");
            assertThat(texts.date(LocalDateTime.of(2026, 3, 20, 18, 0), language)).isEqualTo("20.03.2026");
            assertThat(texts.date("2026-03-20", language)).isEqualTo("20.03.2026");
            // an instant is shown in Almaty time: 13:00 UTC is 18:00 in Almaty
            assertThat(texts.dateTime(Instant.parse("2026-03-20T13:00:00Z"), language)).isEqualTo("20.03.2026 18:00");
        }
        assertThat(texts.date(null, RU)).isEmpty();
        assertThat(DateTexts.inText("не дата", messages(), RU)).isEqualTo("не дата");
    }

    @Test
    void workingDaysLeftSkipTheWeekend_000_4() {
        LocalDate tuesday = LocalDate.of(2026, 3, 17);   // Monday 16th and Tuesday 17th: two working days
        assertThat(texts.workingDaysTo(tuesday)).isEqualTo(2);
        assertThat(texts.workingDaysLeft(tuesday, RU)).isEqualTo("Осталось рабочих дней: 2");
        assertThat(texts.workingDaysLeft(tuesday, KK)).isEqualTo("Қалған жұмыс күндері: 2");
        assertThat(texts.workingDaysLeft(tuesday, EN)).isEqualTo("2 working days left");
        assertThat(texts.workingDaysLeft(LocalDate.of(2026, 3, 16), EN)).isEqualTo("1 working day left");
        assertThat(texts.workingDaysLeft(LocalDate.of(2026, 3, 13), RU)).isEqualTo("Срок истекает сегодня");
        assertThat(texts.workingDaysLeft(LocalDate.of(2026, 3, 11), EN)).isEqualTo("2 working days overdue");
        assertThat(texts.workingDaysLeft(null, EN)).isEmpty();
    }
}
