package kz.attest.licensing;

import kz.attest.audit.AuditLog;
import kz.attest.identity.Role;
import kz.attest.identity.StaffDirectory;
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
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Flags licence requests whose pending step is past its legal due instant ({@code attest.licensing.overdue-cron},
 * every 5 minutes by default: the 30-minute steps of seed 004 need a short period), audits each once and tells the
 * provider's heads. ShedLock lets one node run it at a time; the flag's key (request, step, due) makes it idempotent.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LicenceOverdueJob {

    static final String LOCK = "licensing-overdue-steps";

    private final RequestRows requests;
    private final RequestSupport licenceRequests;
    private final StaffDirectory staff;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Clock clock;

    @Scheduled(cron = "${attest.licensing.overdue-cron:0 */5 * * * *}", zone = "Asia/Almaty")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT4M", lockAtLeastFor = "PT30S")
    public void onSchedule() {
        flagOverdue(clock.instant());
    }

    /** Flags every pending step due before {@code now} not flagged yet; the number newly flagged. */
    int flagOverdue(Instant now) {
        int flagged = 0;
        for (LicenceRequest r : requests.inProgress()) {
            LegalSteps plan = licenceRequests.plan(r);
            var pending = r.pendingStep(plan);
            if (pending.isEmpty()) {
                continue;
            }
            Instant due = r.due(pending.get(), plan);
            if (!now.isAfter(due)) {
                continue;
            }
            String step = pending.get().step().name();
            Boolean added = transaction.execute(status -> {
                if (!requests.flagOverdue(r.id, step, due, now)) {
                    return false;
                }
                String provider = licenceRequests.providerOf(r);
                auditLog.record("system", "licensing.step-overdue", "LicenceRequest", Long.toString(r.id),
                        r.number + " " + step + " due " + due);
                for (long head : staff.staffOf(provider, Role.PROVIDER_HEAD)) {
                    notifications.notify(new Notice(head, "licensing.step-overdue",
                            Map.of("number", r.number, "step", step), Set.of(Channel.CABINET, Channel.EMAIL),
                            "LicenceRequest", Long.toString(r.id), provider));
                }
                return true;
            });
            if (Boolean.TRUE.equals(added)) {
                flagged++;
            }
        }
        return flagged;
    }
}
