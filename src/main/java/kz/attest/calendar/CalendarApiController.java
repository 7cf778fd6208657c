package kz.attest.calendar;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** The calendar's REST API: a year's special days, working-day arithmetic, and the administrator's edits. */
@RestController
@RequestMapping("/api/v1/calendar")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CalendarApiController {

    static final int MAX_DAYS = 365;

    private final WorkingCalendar calendar;
    private final CalendarAdministration administration;
    private final MessageSource messages;

    @GetMapping("/{year}")
    YearAnswer year(@PathVariable String year) {
        int y = CalendarYears.parseYear(year);
        Locale locale = LocaleContextHolder.getLocale();
        List<CalendarDay> days = calendar.year(y);
        return new YearAnswer(y, calendar.isMaintained(y),
                days.stream().filter(CalendarDay::isDayOff).map(d -> DayAnswer.of(d, locale, messages)).toList(),
                days.stream().filter(d -> !d.isDayOff()).map(d -> DayAnswer.of(d, locale, messages)).toList());
    }

    @GetMapping("/add-working-days")
    DueAnswer addWorkingDays(@RequestParam(required = false) String from, @RequestParam(required = false) String days) {
        Instant received = ReceiptTime.parse(from);
        int n = parseDays(days);
        Deadline deadline = calendar.deadline(received, n);
        return new DueAnswer(received.atZone(WorkingCalendar.ZONE).toOffsetDateTime(), deadline.receiptDay(), n,
                deadline.dueDate(), deadline.dueBy().atZone(WorkingCalendar.ZONE).toOffsetDateTime());
    }

    @PostMapping("/days")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<DayAnswer> add(@RequestBody NewDay request) {
        SpecialDay added = administration.add(request.toSpecialDay());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(DayAnswer.of(CalendarDay.of(added), LocaleContextHolder.getLocale(), messages));
    }

    @DeleteMapping("/days/{date}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    ResponseEntity<Void> remove(@PathVariable String date) {
        administration.remove(CalendarYears.parseDate(date));
        return ResponseEntity.noContent().build();
    }

    private static int parseDays(String text) {
        if (text == null || text.isBlank()) {
            throw CalendarRefusal.invalid("calendar.error.days-invalid", MAX_DAYS);
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0 && n <= MAX_DAYS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw CalendarRefusal.invalid("calendar.error.days-invalid", MAX_DAYS);
    }

    record YearAnswer(int year, boolean maintained, List<DayAnswer> nonWorkingDays, List<DayAnswer> workingDays) {
    }

    record DayAnswer(LocalDate date, DayKind kind, String name, boolean religious, LocalDate movedFrom,
                     String legalSource) {

        static DayAnswer of(CalendarDay day, Locale locale, MessageSource messages) {
            String name = day.name().in(locale);
            if (day.movedFrom() != null) {
                name = messages.getMessage("calendar.moved-name", new Object[]{name, day.movedFrom()}, locale);
            }
            return new DayAnswer(day.date(), day.kind(), name, day.religious(), day.movedFrom(), day.legalSource());
        }
    }

    record DueAnswer(OffsetDateTime from, LocalDate receiptDay, int days, LocalDate dueDate, OffsetDateTime dueBy) {
    }

    /** An administrator's new special day, as JSON. */
    record NewDay(String date, String kind, Boolean religious, String nameKk, String nameRu, String nameEn,
                  String legalSource) {

        SpecialDay toSpecialDay() {
            return new SpecialDay(CalendarYears.parseDate(date), parseKind(kind), Boolean.TRUE.equals(religious),
                    new DayName(nameKk, nameRu, nameEn), legalSource == null || legalSource.isBlank() ? null : legalSource.strip());
        }
    }

    static DayKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw CalendarRefusal.invalid("calendar.error.kind-invalid");
        }
        try {
            return DayKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CalendarRefusal.invalid("calendar.error.kind-invalid");
        }
    }
}
