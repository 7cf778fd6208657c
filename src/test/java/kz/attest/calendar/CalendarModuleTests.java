package kz.attest.calendar;

import kz.attest.audit.AuditEntry;
import kz.attest.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar module booted with the audit log it writes to: the {@link WorkingCalendar} bean answers from the
 * calendar years held in PostgreSQL (a receipt after hours before Nauryz counts from the first working day after
 * it, seed 000 ¶4), and a holiday an administrator adds moves a due date as soon as its transaction commits, audited.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class CalendarModuleTests {

    @Autowired
    private WorkingCalendar calendar;
    @Autowired
    private CalendarAdministration administration;
    @Autowired
    private AuditLog audit;

    private static Instant almaty(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.ZONE).toInstant();
    }

    @Test
    void aReceiptAfterHoursBeforeNauryzCountsFromTheFirstWorkingDayAfterIt_000_4() {
        Deadline deadline = calendar.deadline(almaty("2026-03-20T19:00"), 2);

        assertThat(deadline.receiptDay()).isEqualTo(LocalDate.of(2026, 3, 26));
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(deadline.dueBy()).isEqualTo(almaty("2026-03-30T18:30"));
    }

    @Test
    void aHolidayAddedByTheAdministratorMovesTheDueDateOnceCommittedAndIsAudited() {
        LocalDate wednesday = LocalDate.of(2093, 6, 10);
        Instant tuesdayMorning = almaty("2093-06-09T10:00");
        assertThat(calendar.addWorkingDays(tuesdayMorning, 1)).isEqualTo(wednesday);

        administration.add(SpecialDay.holiday(wednesday, new DayName("Сынақ күні", "Тестовый день", "Test day"),
                "module test"));
        try {
            assertThat(calendar.isWorkingDay(wednesday)).isFalse();
            assertThat(calendar.addWorkingDays(tuesdayMorning, 1)).isEqualTo(wednesday.plusDays(1));
        } finally {
            administration.remove(wednesday);
        }
        assertThat(calendar.addWorkingDays(tuesdayMorning, 1)).isEqualTo(wednesday);
        assertThat(audit.history(CalendarAdministration.ENTITY_DAY, wednesday.toString()))
                .extracting(AuditEntry::action).containsExactly("calendar.day.added", "calendar.day.removed");
    }
}
