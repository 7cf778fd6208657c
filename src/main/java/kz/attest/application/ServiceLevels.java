package kz.attest.application;

import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.identity.Accounts;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Role;
import kz.attest.identity.SignedInUser;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Service levels of the provider's back office (issue 3, "Heads see an SLA view"): the head's view of open steps per
 * officer, due today and overdue; and the flagging of overdue steps, run by {@link OverdueStepsJob}: each overdue
 * step is flagged once, audited, and its organisation's heads are told once, in one transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ServiceLevels {

    static final String ENTITY = "ApplicationStep";
    static final String TEMPLATE = "application.step-overdue";

    private final ApplicationRows rows;
    private final OverdueFlagRows flags;
    private final CurrentUser currentUser;
    private final Accounts accounts;
    private final AuditLog auditLog;
    private final Notifications notifications;
    private final Clock clock;

    /** The signed-in head's organisation today. */
    @Transactional(readOnly = true)
    public SlaView view() {
        return view(LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE));
    }

    /** The signed-in head's organisation on a given day. */
    @Transactional(readOnly = true)
    public SlaView view(LocalDate today) {
        SignedInUser head = currentUser.require();
        if (!head.hasRole(Role.PROVIDER_HEAD)) {
            throw new ApplicationRefusal(Kind.NOT_ALLOWED, "application.sla.heads-only");
        }
        String organisation = head.organisation()
                .orElseThrow(() -> new ApplicationRefusal(Kind.NOT_ALLOWED, "identity.not-your-organisation"));
        Map<String, Instant> flagged = flags.flaggedAt(organisation);
        List<SlaStep> steps = new ArrayList<>();
        for (Application application : rows.openAt(organisation)) {
            if (application.pendingStep().isEmpty() || application.pendingDue().isEmpty()) {
                continue;
            }
            LocalDate due = application.pendingDue().get();
            steps.add(new SlaStep(application.id(), application.registrationNumber(), application.service(),
                    application.status(), application.pendingStep().get(), due, lastOfficer(application),
                    due.equals(today), today.isAfter(due),
                    flagged.get(OverdueFlagRows.key(application.id(), application.pendingStep().get().name(), due))));
        }
        steps.sort(Comparator.comparing(SlaStep::due).thenComparing(SlaStep::applicationId));
        Map<String, int[]> load = new LinkedHashMap<>();
        steps.stream().sorted(Comparator.comparing(s -> s.officer() == null ? "" : s.officer())).forEach(step -> {
            int[] counts = load.computeIfAbsent(step.officer() == null ? "" : step.officer(), k -> new int[3]);
            counts[0]++;
            counts[1] += step.dueToday() ? 1 : 0;
            counts[2] += step.overdue() ? 1 : 0;
        });
        List<SlaView.OfficerLoad> officers = load.entrySet().stream()
                .map(e -> new SlaView.OfficerLoad(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2]))
                .toList();
        return new SlaView(organisation, today, officers, List.copyOf(steps));
    }

    /**
     * Flags the steps overdue on {@code today} (their last day is before it) that are not flagged yet; each is audited
     * and its organisation's heads are told once. Safe to run concurrently: a step already flagged by another run is
     * skipped. Returns how many steps this run flagged.
     */
    @Transactional
    public int flagOverdue(LocalDate today) {
        Instant now = clock.instant();
        int flagged = 0;
        for (OverdueFlagRows.Candidate step : flags.unflaggedOverdue(today)) {
            if (!flags.flag(step, today, now)) {
                continue;
            }
            flagged++;
            String id = OverdueFlagRows.key(step.applicationId(), step.step().name(), step.due());
            auditLog.record("system", "application.step-overdue", ENTITY, id,
                    "%s of application %d (%s) was due %s; overdue on %s".formatted(step.step(), step.applicationId(),
                            Objects.requireNonNullElse(step.registrationNumber(), "unregistered"), step.due(), today));
            Map<String, String> parameters = Map.of(
                    "number", Objects.requireNonNullElse(step.registrationNumber(), "#" + step.applicationId()),
                    "step", step.step().name(), "dueDate", step.due().toString(), "service", step.service());
            for (long head : accounts.staffWithRole(step.providerId(), Role.PROVIDER_HEAD)) {
                notifications.notify(new Notice(head, TEMPLATE, parameters, Set.of(Channel.CABINET, Channel.EMAIL),
                        ENTITY, id));
            }
        }
        return flagged;
    }

    /** On-time and late steps of one kind at one provider: the steps done in a period that had a legal deadline. */
    public record Compliance(String providerId, String step, int onTime, int late) {
    }

    /**
     * SLA compliance per step and provider for the Ministry's reports (issue 10): every status change made between
     * {@code from} and {@code to} (Almaty days, inclusive) that had a legal deadline, on time or late.
     */
    @Transactional(readOnly = true)
    public List<Compliance> compliance(LocalDate from, LocalDate to) {
        return flags.compliance(from, to);
    }

    /** Who acted on the application last: an officer's login, or {@code null} while only the applicant has. */
    private static String lastOfficer(Application application) {
        List<HistoryEntry> history = application.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry entry = history.get(i);
            if (entry.status() != ApplicationStatus.SUBMITTED && !entry.actor().equals(application.applicantIin())) {
                return entry.actor();
            }
        }
        return null;
    }
}
