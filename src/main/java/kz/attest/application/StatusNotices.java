package kz.attest.application;

import kz.attest.audit.AuditLog;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records every status change in the audit log and tells the applicant, in the caller's transaction. The cabinet
 * always; SMS and e-mail for the refusal, the preliminary refusal with its hearing (¶7) and the admission (¶8).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StatusNotices {

    static final String ENTITY = "Application";
    private static final Set<Channel> CABINET = Set.of(Channel.CABINET);
    private static final Set<Channel> CABINET_SMS_EMAIL = Set.of(Channel.CABINET, Channel.SMS, Channel.EMAIL);

    private final AuditLog auditLog;
    private final Notifications notifications;
    private final AdmissionNoticeRows admissions;

    /** ¶57: the end of training recorded on an admitted application (audited, nothing sent). */
    void auditTrainingEnd(Application application, String actor) {
        HistoryEntry step = application.last();
        auditLog.record(actor, "application.training-ended", ENTITY, Long.toString(application.id()),
                "training ended " + step.note().args().getFirst() + ", list to the operator due " + step.nextDue());
    }

    void auditNoShowRefusal(Application application, String actor) {
        auditLog.record(actor, "application.refused-after-no-show", ENTITY, Long.toString(application.id()),
                "refused: absent from the test and the valid-reason request refused — " + application.last().note());
    }

    void auditStepTaken(Application application, String actor) {
        HistoryEntry step = application.last();
        auditLog.record(actor, "application.step-taken", ENTITY, Long.toString(application.id()),
                step.note() + (step.deadlineHad() == null ? "" : ", due " + step.deadlineHad()));
    }

    void announce(Application application, String actor) {
        HistoryEntry step = application.last();
        String id = Long.toString(application.id());
        auditLog.record(actor, "application." + step.status().name().toLowerCase(java.util.Locale.ROOT), ENTITY, id,
                summary(application, step));
        Map<String, String> parameters = parameters(application, step);
        Optional<String> template = template(step.status());
        if (step.status() == ApplicationStatus.ADMITTED) {
            // ¶8: the place, date, time and procedure of the test, or that the operator will set them
            Optional<AdmissionDetails> details = admissions.find(application.id());
            details.ifPresent(d -> admissionParameters(d, parameters));
            template = Optional.of(details.filter(d -> !d.byOperator()).isPresent()
                    ? "application.admitted-with-test" : "application.admitted-by-operator");
        }
        template.ifPresent(name -> notifications.notify(new Notice(application.accountId(),
                name, parameters, channels(step.status()), ENTITY, id)));
    }

    private static Optional<String> template(ApplicationStatus status) {
        return Optional.ofNullable(switch (status) {
            case REGISTERED -> "application.accepted";
            case REFUSED_INCOMPLETE -> "application.refused-incomplete";
            case ADMITTED -> "application.admitted";
            case REFUSAL_PROPOSED -> "application.preliminary-refusal";
            case REFUSED -> "application.refused";
            case WITHDRAWN -> "application.withdrawn";
            case DECIDED -> "application.decided";
            case SUBMITTED, UNDER_REVIEW, HEARING, TESTED, DECISION_PREPARED -> null;
        });
    }

    private static Set<Channel> channels(ApplicationStatus status) {
        return switch (status) {
            case ADMITTED, REFUSAL_PROPOSED, REFUSED, DECIDED -> CABINET_SMS_EMAIL;
            default -> CABINET;
        };
    }

    private static void admissionParameters(AdmissionDetails details, Map<String, String> parameters) {
        if (details.place() != null) {
            parameters.put("place", details.place());
        }
        if (details.testAtLocal() != null) {
            parameters.put("date", details.testAtLocal().toLocalDate().toString());
            parameters.put("time", details.testAtLocal().toLocalTime().toString());
        }
        if (details.procedure() != null) {
            parameters.put("procedure", details.procedure());
        }
    }

    private static Map<String, String> parameters(Application application, HistoryEntry step) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("service", application.service().value());
        parameters.put("provider", application.providerId());
        if (application.registrationNumber() != null) {
            parameters.put("number", application.registrationNumber());
        }
        parameters.put("date", step.localTime().toLocalDate().toString());
        if (step.note() != null) {
            // issue 14: the note goes as its key and arguments, read in the recipient's language when rendered
            String note = step.note().encode();
            parameters.put(step.status() == ApplicationStatus.REFUSED_INCOMPLETE ? "missingDocuments" : "reason", note);
            parameters.put(step.status() == ApplicationStatus.REFUSED_INCOMPLETE ? "missing" : "reasons", note);
        }
        if (step.status() == ApplicationStatus.REFUSAL_PROPOSED) {
            parameters.put("hearingAt", application.hearingAt().toString());
            parameters.put("hearingPlace", application.hearingPlace());
            java.time.LocalDateTime hearing = java.time.LocalDateTime.ofInstant(application.hearingAt(),
                    kz.attest.calendar.WorkingCalendar.ZONE);
            parameters.put("hearingDate", hearing.toLocalDate().toString());
            parameters.put("hearingTime", hearing.toLocalTime().toString());
        }
        if (step.nextDue() != null) {
            parameters.put("dueDate", step.nextDue().toString());
        }
        return parameters;
    }

    private static String summary(Application application, HistoryEntry step) {
        StringBuilder summary = new StringBuilder(application.service().value()).append(" → ").append(step.status());
        if (application.registrationNumber() != null) {
            summary.append(", No ").append(application.registrationNumber());
        }
        if (step.nextStep() != null) {
            summary.append(", next ").append(step.nextStep()).append(" by ").append(step.nextDue());
        }
        if (step.note() != null) {
            summary.append(", ").append(step.note());
        }
        return summary.toString();
    }
}
