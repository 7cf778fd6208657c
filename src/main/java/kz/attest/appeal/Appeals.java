package kz.attest.appeal;

import kz.attest.application.ApplicationView;
import kz.attest.application.Applications;
import kz.attest.audit.AuditLog;
import kz.attest.calendar.Deadline;
import kz.attest.calendar.WorkingCalendar;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Complaints (seed 000 ¶100–¶102). The applicant files one about an application of theirs, addressed to the
 * provider's head, the Ministry or the quality-control body; it counts as registered on receipt (after working hours:
 * the next working day) and is due in 5 working days, or 15 for the quality-control body (¶101). The addressee's
 * staff see their queue and answer once: upheld (the application's step reopened or refusal revoked) or rejected
 * with reasons. Every change is audited and told to the applicant in the same transaction.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Appeals {

    static final String ENTITY = "Appeal";
    static final int MAX_TEXT = 10_000;
    private static final Set<Channel> CABINET = Set.of(Channel.CABINET);
    private static final Set<Channel> CABINET_SMS_EMAIL = Set.of(Channel.CABINET, Channel.SMS, Channel.EMAIL);

    private final AppealRows rows;
    private final Applications applications;
    private final CurrentUser currentUser;
    private final WorkingCalendar calendar;
    private final AuditLog auditLog;
    private final Notifications notifications;
    private final AppealProperties properties;
    private final Clock clock;

    /** A file the applicant attaches to a complaint. */
    public record Attachment(String fileName, byte[] content) {
    }

    /** ¶100–¶101: the applicant files a complaint about their application. */
    @Transactional
    public AppealView file(long applicationId, AppealAddressee addressee, AppealSubject subject, String text,
                           List<Attachment> attachments) {
        SignedInUser applicant = currentUser.require();
        if (applicant.isStaff()) {
            throw new AppealRefusal(Kind.NOT_ALLOWED, "appeal.error.applicants-only");
        }
        ApplicationView application = applications.view(applicationId);   // 404 unless it is the applicant's
        if (addressee == null) {
            throw new AppealRefusal(Kind.BAD_INPUT, "appeal.error.addressee-required");
        }
        if (subject == null) {
            throw new AppealRefusal(Kind.BAD_INPUT, "appeal.error.subject-required");
        }
        if (text == null || text.isBlank()) {
            throw new AppealRefusal(Kind.BAD_INPUT, "appeal.error.text-required");
        }
        if (text.length() > MAX_TEXT) {
            throw new AppealRefusal(Kind.BAD_INPUT, "appeal.error.text-too-long", MAX_TEXT);
        }
        List<Attachment> given = attachments == null ? List.of()
                : attachments.stream().filter(a -> a != null && !(blank(a.fileName())
                && (a.content() == null || a.content().length == 0))).toList();   // an empty file input: none
        if (given.size() > properties.maxFiles()) {
            throw new AppealRefusal(Kind.BAD_INPUT, "appeal.error.too-many-files", properties.maxFiles());
        }
        List<AppealRows.NewFile> files = new ArrayList<>();
        for (Attachment attachment : given) {
            files.add(AppealFiles.inspect(attachment.fileName(), attachment.content(), properties.maxFileSize()));
        }
        Instant now = clock.instant();
        Deadline due = calendar.deadline(now, properties.termDays(addressee));
        AppealRows.Row row = new AppealRows.Row(0, application.id(), application.registrationNumber(),
                application.service().value(), application.providerId(), application.status().name(),
                applicant.accountId(), applicant.iin(), addressee, organisationOf(addressee, application.providerId()),
                subject, text.strip(), now, due.receiptDay(), due.dueDate(), AppealStatus.OPEN, null, null, null,
                false);
        long id = rows.insert(row, files);
        AppealView view = view(rows.find(id).orElseThrow());
        auditLog.record(applicant.login(), "appeal.filed", ENTITY, Long.toString(id),
                "%s about application %d (%s) to %s (%s), due %s, %d file(s)".formatted(subject, application.id(),
                        application.status(), addressee, view.addresseeOrganisation(), view.dueDate(), files.size()));
        notifications.notify(new Notice(applicant.accountId(), "appeal.registered", parameters(view), CABINET,
                ENTITY, Long.toString(id)));
        return view;
    }

    /** The signed-in applicant's complaints, newest first. */
    @Transactional(readOnly = true)
    public List<AppealView> mine() {
        return rows.ofAccount(currentUser.require().accountId()).stream().map(this::view).toList();
    }

    /**
     * The complaints about one application: for its applicant and the provider's staff (who may see the application),
     * newest first.
     */
    @Transactional(readOnly = true)
    public List<AppealView> ofApplication(long applicationId) {
        applications.view(applicationId);   // 404 / 403 unless the caller may see the application
        return rows.ofApplication(applicationId).stream().map(this::view).toList();
    }

    /** The complaints addressed to the signed-in staff member's organisation: open ones first, earliest due first. */
    @Transactional(readOnly = true)
    public List<AppealView> queue() {
        SignedInUser staff = currentUser.require();
        String organisation = staff.organisation()
                .orElseThrow(() -> new AppealRefusal(Kind.NOT_ALLOWED, "identity.not-your-organisation"));
        return rows.addressedTo(organisation).stream().map(this::view).toList();
    }

    /** One complaint, for its applicant or the addressee's staff. */
    @Transactional(readOnly = true)
    public AppealView view(long id) {
        return view(visible(id));
    }

    /** A file of a complaint, for its applicant or the addressee's staff. */
    @Transactional(readOnly = true)
    public AppealFile file(long id, UUID fileId) {
        AppealRows.Row row = visible(id);
        return rows.file(row.id(), fileId).map(f -> new AppealFile(f.fileName(), f.contentType(), f.content()))
                .orElseThrow(() -> new AppealRefusal(Kind.NOT_FOUND, "appeal.error.file-not-found"));
    }

    /**
     * ¶101: the addressee answers once. Upheld: the application's step is reopened or its refusal revoked; rejected:
     * the reasons are required. Staff of another organisation get a 403, a second answer a 409.
     */
    @Transactional
    public AppealView answer(long id, boolean upheld, String reasons) {
        AppealRows.Row row = rows.lock(id).orElseThrow(Appeals::notFound);
        SignedInUser staff = currentUser.requireMemberOf(row.addresseeOrganisation());
        if (!staff.hasRole(Role.PROVIDER_HEAD) && !staff.hasRole(Role.PROVIDER_OFFICER)) {
            throw new AppealRefusal(Kind.NOT_ALLOWED, "appeal.error.not-addressee");
        }
        if (row.status() != AppealStatus.OPEN) {
            throw new AppealRefusal(Kind.WRONG_STATE, "appeal.error.already-answered");
        }
        if (!upheld && (reasons == null || reasons.isBlank())) {
            throw new AppealRefusal(Kind.BAD_INPUT, "appeal.error.reasons-required");
        }
        if (reasons != null && reasons.length() > MAX_TEXT) {
            throw new AppealRefusal(Kind.BAD_INPUT, "appeal.error.text-too-long", MAX_TEXT);
        }
        String reference = reference(id);
        boolean reopened = upheld && applications.reopenAfterAppeal(row.applicationId(), reference);
        AppealStatus outcome = upheld ? AppealStatus.UPHELD : AppealStatus.REJECTED;
        String answer = reasons == null || reasons.isBlank() ? null : reasons.strip();
        Instant now = clock.instant();
        if (!rows.answer(id, outcome, answer, staff.login(), now, reopened)) {
            throw new AppealRefusal(Kind.WRONG_STATE, "appeal.error.already-answered");
        }
        AppealView view = view(rows.find(id).orElseThrow());
        auditLog.record(staff.login(), upheld ? "appeal.upheld" : "appeal.rejected", ENTITY, Long.toString(id),
                "%s about application %d%s, answered %s (due %s)%s".formatted(outcome, row.applicationId(),
                        reopened ? " reopened" : "", LocalDate.ofInstant(now, WorkingCalendar.ZONE), row.dueDate(),
                        answer == null ? "" : ": " + answer));
        notifications.notify(new Notice(row.accountId(), upheld ? "appeal.upheld" : "appeal.rejected",
                parameters(view), CABINET_SMS_EMAIL, ENTITY, Long.toString(id)));
        return view;
    }

    private AppealRows.Row visible(long id) {
        AppealRows.Row row = rows.find(id).orElseThrow(Appeals::notFound);
        SignedInUser user = currentUser.require();
        if (row.accountId() == user.accountId()) {
            return row;
        }
        if (!user.isStaff()) {
            throw notFound();
        }
        if (!currentUser.isMemberOf(row.addresseeOrganisation()) && !currentUser.isMemberOf(row.providerId())) {
            throw new AppealRefusal(Kind.NOT_ALLOWED, "identity.not-your-organisation");
        }
        return row;
    }

    private String organisationOf(AppealAddressee addressee, String providerId) {
        return switch (addressee) {
            case PROVIDER_HEAD -> providerId;
            case MINISTRY -> properties.ministryOrganisation();
            case QUALITY_CONTROL -> properties.qualityControlOrganisation();
        };
    }

    private AppealView view(AppealRows.Row row) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
        return new AppealView(row.id(), reference(row.id()), row.applicationId(), row.applicationNumber(),
                row.service(), row.providerId(), row.applicationStatus(), row.addressee(),
                row.addresseeOrganisation(), row.subject(), row.text(), row.filedAt(), row.registeredOn(),
                row.dueDate(), row.status(), row.answer(), row.answeredBy(), row.answeredAt(), row.reopened(),
                row.status() == AppealStatus.OPEN && today.isAfter(row.dueDate()), rows.files(row.id()));
    }

    private static Map<String, String> parameters(AppealView view) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("reference", view.reference());
        parameters.put("number", view.applicationNumber() == null ? "#" + view.applicationId()
                : view.applicationNumber());
        parameters.put("dueDate", view.dueDate().toString());
        parameters.put("reasons", view.answer() == null ? "" : view.answer());
        return parameters;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String reference(long id) {
        return "APL-" + id;
    }

    private static AppealRefusal notFound() {
        return new AppealRefusal(Kind.NOT_FOUND, "appeal.error.not-found");
    }

    /** A file's bytes for download. */
    public record AppealFile(String fileName, String contentType, byte[] content) {
    }
}
