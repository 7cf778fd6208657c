package kz.attest.calendar;

import kz.attest.audit.AuditLog;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.LocalDate;

/** A system administrator's edits of the calendar; each is checked, stored and audited in one transaction. */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CalendarAdministration {

    static final String ENTITY_DAY = "CalendarDay";
    static final String ENTITY_YEAR = "CalendarYear";

    private final CalendarRows store;
    private final CachedYears cache;
    private final AuditLog audit;

    /** Adds a holiday or one side of a transfer; a year not yet held is first opened with its statutory holidays. */
    @Transactional
    SpecialDay add(SpecialDay day) {
        check(day);
        int year = day.date().getYear();
        if (!store.holds(year) && store.openYear(year, StatutoryHolidays.forYear(year), "opened by an edit")) {
            audit.record("calendar.year.opened", ENTITY_YEAR, String.valueOf(year),
                    "year opened with the fixed statutory holidays");
        }
        if (!store.insert(day)) {
            throw new CalendarRefusal(CalendarRefusal.Kind.WRONG_STATE, "calendar.error.duplicate", day.date());
        }
        changed();
        audit.record("calendar.day.added", ENTITY_DAY, day.date().toString(), summary(day));
        return day;
    }

    /** Removes a stored day; a moved day off disappears with its holiday. */
    @Transactional
    SpecialDay remove(LocalDate date) {
        SpecialDay day = store.find(date)
                .orElseThrow(() -> new CalendarRefusal(CalendarRefusal.Kind.NOT_FOUND, "calendar.error.not-found",
                        date));
        store.delete(date);
        changed();
        audit.record("calendar.day.removed", ENTITY_DAY, date.toString(), summary(day));
        return day;
    }

    private static void check(SpecialDay day) {
        if (day.date() == null) {
            throw CalendarRefusal.invalid("calendar.error.date-invalid");
        }
        CalendarYears.checkYear(day.date().getYear());
        if (day.kind() == null) {
            throw CalendarRefusal.invalid("calendar.error.kind-invalid");
        }
        if (!day.kind().isStored()) {
            throw CalendarRefusal.invalid("calendar.error.kind-derived");
        }
        if (day.name() == null || isBlank(day.name().kk()) || isBlank(day.name().ru())) {
            throw CalendarRefusal.invalid("calendar.error.name-required");
        }
        if (day.religious() && day.kind() != DayKind.HOLIDAY) {
            throw CalendarRefusal.invalid("calendar.error.religious-not-holiday");
        }
        boolean weekend = CalendarYear.isWeekend(day.date());
        if (day.kind() == DayKind.TRANSFERRED_WORKING_DAY && !weekend) {
            throw CalendarRefusal.invalid("calendar.error.working-day-not-weekend", day.date());
        }
        if (day.kind() == DayKind.TRANSFERRED_DAY_OFF && weekend) {
            throw CalendarRefusal.invalid("calendar.error.day-off-on-weekend", day.date());
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private void changed() {
        store.bumpRevision();
        // clear after commit: a reload before it would cache the old data again
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.invalidate();
            }
        });
    }

    private static String summary(SpecialDay day) {
        return day.kind() + (day.religious() ? " (religious)" : "") + " " + day.name().ru()
                + (day.legalSource() == null ? "" : "; source: " + day.legalSource());
    }
}
