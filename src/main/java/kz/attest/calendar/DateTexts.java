package kz.attest.calendar;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates as people read them, one format per language (issue 14), for pages ({@code ${@fmt.date(x)}},
 * {@code ${@fmt.dateTime(x)}}, {@code ${@fmt.workingDaysLeft(due)}}), notices and printed documents. The patterns are
 * messages ({@code calendar.format.date}, {@code calendar.format.date-time}, {@code calendar.format.time}) so each
 * language keeps its own; instants are shown in Almaty time ({@link WorkingCalendar#ZONE}). A value that is no date
 * ({@code null}, blank) prints as an empty string; an ISO date written as text ({@code 2026-03-20}) is read first.
 */
@Component("fmt")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DateTexts {

    private final MessageSource messages;
    private final WorkingCalendar calendar;
    private final Clock clock;

    /** The date in the reader's language, e.g. {@code 20.03.2026}. */
    public String date(Object value) {
        return date(value, LocaleContextHolder.getLocale());
    }

    /** Date and time in the reader's language, e.g. {@code 20.03.2026 18:00}. */
    public String dateTime(Object value) {
        return dateTime(value, LocaleContextHolder.getLocale());
    }

    /** The time of day, e.g. {@code 18:00}. */
    public String time(Object value) {
        return format(value, "calendar.format.time", "HH:mm", LocaleContextHolder.getLocale());
    }

    public String date(Object value, Locale locale) {
        return format(value, "calendar.format.date", "dd.MM.yyyy", locale);
    }

    public String dateTime(Object value, Locale locale) {
        return format(value, "calendar.format.date-time", "dd.MM.yyyy HH:mm", locale);
    }

    /** Working days from today (Almaty) to the due date: 0 on the day itself, negative once it has passed. */
    public int workingDaysTo(LocalDate due) {
        return calendar.workingDaysBetween(LocalDate.now(clock.withZone(WorkingCalendar.ZONE)), due);
    }

    /**
     * "3 working days left", "due today" or "2 working days overdue" in the reader's language; empty without a date.
     * Accepts a {@link LocalDate}, an instant or a date-time (its Almaty date).
     */
    public String workingDaysLeft(Object due) {
        return workingDaysLeft(due, LocaleContextHolder.getLocale());
    }

    public String workingDaysLeft(Object due, Locale locale) {
        LocalDate date = localDate(due);
        if (date == null) {
            return "";
        }
        int left = workingDaysTo(date);
        if (left > 0) {
            return messages.getMessage("calendar.days-left", new Object[] {left}, locale);
        }
        if (left == 0) {
            return messages.getMessage("calendar.days-left.today", null, locale);
        }
        return messages.getMessage("calendar.days-left.overdue", new Object[] {-left}, locale);
    }

    /**
     * A date parameter of a text put together outside a page (a notice, a document): an ISO date becomes the reader's
     * date, an ISO instant or date-time the reader's date and time; any other value is returned as given.
     */
    public static String inText(String value, MessageSource messages, Locale locale) {
        if (value == null) {
            return null;
        }
        TemporalAccessor temporal = parse(value.strip());
        if (temporal == null) {
            return value;
        }
        boolean withTime = temporal.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY);
        String pattern = withTime ? messages.getMessage("calendar.format.date-time", null, "dd.MM.yyyy HH:mm", locale)
                : messages.getMessage("calendar.format.date", null, "dd.MM.yyyy", locale);
        return DateTimeFormatter.ofPattern(pattern, locale).format(temporal);
    }

    private String format(Object value, String key, String fallback, Locale locale) {
        TemporalAccessor temporal = temporal(value);
        if (temporal == null) {
            return value == null ? "" : value.toString();
        }
        String pattern = messages.getMessage(key, null, fallback, locale);
        return DateTimeFormatter.ofPattern(pattern, locale).format(temporal);
    }

    private static TemporalAccessor temporal(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case LocalDateTime dateTime -> dateTime;
            case Instant instant -> instant.atZone(WorkingCalendar.ZONE);
            case ZonedDateTime zoned -> zoned.withZoneSameInstant(WorkingCalendar.ZONE);
            case OffsetDateTime offset -> offset.atZoneSameInstant(WorkingCalendar.ZONE);
            case java.util.Date legacy -> legacy.toInstant().atZone(WorkingCalendar.ZONE);
            case CharSequence text -> parse(text.toString().strip());
            default -> null;
        };
    }

    private static TemporalAccessor parse(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z")) {
                return Instant.parse(text).atZone(WorkingCalendar.ZONE);
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+")) {
                return LocalDateTime.parse(text);
            }
        } catch (java.time.format.DateTimeParseException ignored) {
            // not a date after all: shown as given
        }
        return null;
    }

    private static LocalDate localDate(Object value) {
        TemporalAccessor temporal = temporal(value);
        return temporal == null ? null : LocalDate.from(temporal);
    }

    /** Whether a text is an ISO date or instant this class reads (notices format such parameters). */
    public static boolean isIsoDate(String text) {
        return text != null && parse(text.strip()) != null;
    }
}
