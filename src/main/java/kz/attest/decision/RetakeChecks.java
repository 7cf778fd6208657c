package kz.attest.decision;

import kz.attest.InPublishersTransaction;
import kz.attest.application.RetakeEligibility;
import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.RetakeRules;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.delivery.ActDrawnUp;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The application module's {@link RetakeEligibility} port: the candidate's history of a service (completed sittings
 * from the results register, unexcused no-shows that count as failed, removals for a violation) evaluated by
 * {@link RetakePolicy}. Keeps the removals from delivery's {@link ActDrawnUp} (violations only; a suspension is sat
 * again, ¶20).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RetakeChecks implements RetakeEligibility {

    private final ResultRows results;
    private final NoShowRows noShows;
    private final Catalogue catalogue;
    private final AuditLog audit;

    @InPublishersTransaction(why = "a violation act never exists without its ¶19 ban, or a new application slips"
            + " through between")
    public void on(ActDrawnUp event) {
        if (event.kind() != ActDrawnUp.Kind.VIOLATION) {
            return;
        }
        Optional<String> service = results.serviceOfDetail(event.sittingId())
                .or(() -> results.sitting(event.sittingId()).map(ResultEntry::service));
        if (service.isEmpty()) {
            audit.record("system", "decision.violation-unplaced", "Sitting", event.sittingId().toString(),
                    "act " + event.actId() + ": the sitting's service is unknown, no retake ban kept");
            return;
        }
        if (results.keepViolation(event.actId(), event.sittingId(), event.accountId(), service.get(),
                event.drawnAt())) {
            audit.record("system", "decision.violation-recorded", "Sitting", event.sittingId().toString(),
                    "act " + event.actId() + ", " + service.get() + ": new application blocked (¶19)");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Refusal> refusal(long accountId, ServiceCode service, LocalDate today) {
        return eligibility(accountId, service, today).filter(e -> !e.allowsOn(today))
                .map(e -> new Refusal(switch (e.reason()) {
                    case VIOLATION -> "decision.retake.violation";
                    case REPEATS_USED -> "decision.retake.repeats-used";
                    default -> "decision.retake.too-early";
                }, e.earliest()));
    }

    /**
     * ¶74: a retake after a failed test — an application within the repeat window, from {@code earliest} up to and
     * including {@code latest} — must carry the catalogue's {@code retake.requiredDocuments} (the certificate of the
     * additional training). Outside the window there is no retake: too early is refused by {@link #refusal}, and after
     * {@code latest} the application is a new attestation (see docs/decisions-decision.md).
     */
    @Override
    @Transactional(readOnly = true)
    public List<String> documentsRequired(long accountId, ServiceCode service, LocalDate today) {
        Optional<RetakeRules> rules = catalogue.find(service).flatMap(ServiceDefinition::retake);
        if (rules.isEmpty() || rules.get().requiredDocuments().isEmpty()) {
            return List.of();
        }
        return eligibility(accountId, service, today)
                .filter(e -> e.reason() == RetakePolicy.Reason.FAILED)
                .filter(e -> e.allowsOn(today) && e.latest().map(latest -> !today.isAfter(latest)).orElse(true))
                .map(e -> rules.get().requiredDocuments())
                .orElse(List.of());
    }

    /** The candidate's eligibility for a service, empty for a service without tests. */
    Optional<RetakePolicy.Eligibility> eligibility(long accountId, ServiceCode code, LocalDate today) {
        Optional<ServiceDefinition> service = catalogue.find(code);
        if (service.isEmpty()) {
            return Optional.empty();
        }
        List<RetakePolicy.Sitting> history = new ArrayList<>();
        for (ResultEntry entry : results.ofAccount(accountId)) {
            if (entry.service().equals(code.value()) && entry.passed() != null) {
                LocalDate day = entry.lastStageAt().atZone(WorkingCalendar.ZONE).toLocalDate();
                boolean knowledge = entry.stages().stream().anyMatch(s -> s.stage() == 1 && s.passed());
                history.add(new RetakePolicy.Sitting(day, entry.passed(), knowledge));
            }
        }
        noShows.countedAsFailed(accountId, code.value(), today)
                .forEach(day -> history.add(new RetakePolicy.Sitting(day, false, false)));
        List<LocalDate> violations = results.violations(accountId, code.value()).stream()
                .map(at -> at.atZone(WorkingCalendar.ZONE).toLocalDate()).toList();
        return Optional.of(RetakePolicy.evaluate(service.get(), history, violations));
    }
}
