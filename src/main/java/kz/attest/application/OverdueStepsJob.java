package kz.attest.application;

import kz.attest.calendar.WorkingCalendar;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Flags overdue steps on a schedule ({@code attest.application.overdue-cron}, every 15 minutes by default). With
 * several app nodes on one database, ShedLock lets one node run it at a time; flagging is idempotent besides.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OverdueStepsJob {

    static final String LOCK = "application-overdue-steps";

    private final ServiceLevels serviceLevels;
    private final Clock clock;

    @Scheduled(cron = "${attest.application.overdue-cron:0 */15 * * * *}", zone = "Asia/Almaty")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    public void onSchedule() {
        serviceLevels.flagOverdue(LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE));
    }

    /**
     * One run for a given day under a cluster-wide lock of its own (for operators and tests): the number of steps
     * flagged, or empty when another run holds the lock.
     */
    @SchedulerLock(name = LOCK + "-manual", lockAtMostFor = "PT10M")
    public java.util.Optional<Integer> runFor(LocalDate today) {
        return java.util.Optional.of(serviceLevels.flagOverdue(today));
    }
}
