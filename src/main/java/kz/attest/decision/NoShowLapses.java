package kz.attest.decision;

import kz.attest.application.ApplicationStatus;
import kz.attest.application.ApplicationOutcomes;
import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * ¶27, ¶54, ¶75, ¶98: an absence with no valid-reason request ends by itself once the 5-working-day window has
 * closed — the service is refused, or where the catalogue counts a no-show as failed (patent attorneys, ¶98) the
 * attestation is recorded as not passed and its negative decision becomes due. The person is told. A ShedLock job
 * ({@code attest.decision.no-show-cron}, hourly) so one node runs it; each absence is closed once, in its own
 * transaction.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoShowLapses {

    private final NoShowRows rows;
    private final ApplicationOutcomes applications;
    private final Outcomes outcomes;
    private final AuditLog audit;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @Scheduled(cron = "${attest.decision.no-show-cron:0 5 * * * *}", zone = "Asia/Almaty")
    @SchedulerLock(name = "decision-no-show-lapses", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    public void onSchedule() {
        runFor(LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE));
    }

    /** Closes the absences whose window ended before {@code today}; answers how many. */
    int runFor(LocalDate today) {
        List<UUID> lapsed = rows.lapsedBefore(today);
        int closed = 0;
        for (UUID sitting : lapsed) {
            Boolean done = transaction.execute(status -> close(sitting));
            closed += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return closed;
    }

    private boolean close(UUID sitting) {
        Map<String, Object> row = rows.lockAbsent(sitting).orElse(null);
        if (row == null) {
            return false;
        }
        long application = ((Number) row.get("application_id")).longValue();
        boolean countsAsFailure = (Boolean) row.get("counts_as_failure");
        boolean admitted = applications.facts(application).map(f -> f.status() == ApplicationStatus.ADMITTED)
                .orElse(false);
        rows.lapse(sitting, clock.instant());
        if (admitted) {
            if (countsAsFailure) {
                outcomes.resultsIn(application, false, "application.history.note.absent");   // ¶98
            } else {
                applications.refuseAfterNoShow(application,
                        kz.attest.web.Phrase.of("application.history.note.absent-no-request"),
                        "system");
            }
        }
        audit.record("system", "decision.no-show-lapsed", "Sitting", sitting.toString(), "application " + application
                + (countsAsFailure ? ": the attestation counts as not passed (¶98)" : ": the service is refused (¶27)"));
        notifications.notify(new Notice(((Number) row.get("account_id")).longValue(),
                countsAsFailure ? "decision.no-show-lapsed-failed" : "decision.no-show-lapsed",
                Map.of("service", (String) row.get("service"), "date", row.get("test_date").toString()),
                Set.of(Channel.CABINET, Channel.EMAIL, Channel.SMS), "Application", Long.toString(application)));
        return true;
    }
}
