package kz.attest.application;

import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.DeadlineAnchor;
import kz.attest.catalogue.DeadlineStep;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Role;
import kz.attest.identity.SignedInUser;
import kz.attest.identity.StaffDirectory;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import kz.attest.web.Refusal.Kind;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The applicant's objection to a preliminary refusal (¶7, ¶37, ¶62, ¶81): within 2 working days of the notice
 * (the catalogue's OBJECTION_WINDOW), a text and optional files (PDF, JPEG, PNG checked by content). It is recorded in
 * the history and the audit log, shown to the provider's officers, and they are told in their cabinet.
 */
@Service
class Objections {

    static final String ENTITY = "Application";
    /**
     * Working days to object where the service's deadline table has no {@code OBJECTION_WINDOW} row (the Centre's
     * services, seed 000 ¶37, ¶62): the same 2 as ¶7 and ¶81 (docs/decisions-appflow.md, "Objection window").
     */
    static final int DEFAULT_WINDOW = 2;
    private static final int MAX_TEXT = 10_000;
    private static final int MAX_FILES = 10;

    private final ApplicationRows applications;
    private final ObjectionRows rows;
    private final Catalogue catalogue;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final Clock clock;
    private final DocumentInspector inspector;

    Objections(ApplicationRows applications, ObjectionRows rows, Catalogue catalogue, WorkingCalendar calendar,
               CurrentUser currentUser, StaffDirectory staff, Notifications notifications, AuditLog auditLog,
               Clock clock, ApplicationProperties properties) {
        this.applications = applications;
        this.rows = rows;
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.staff = staff;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
        this.inspector = new DocumentInspector(properties.maxDocumentSize());
    }

    /** A file the applicant uploads with the objection. */
    public record Upload(String fileName, byte[] content) {
    }

    /** The signed-in applicant objects to the preliminary refusal of their application. */
    @Transactional
    public Objection object(long applicationId, String text, List<Upload> uploads) {
        SignedInUser applicant = currentUser.require();
        Application application = applications.find(applicationId)
                .filter(a -> a.accountId() == applicant.accountId())
                .orElseThrow(() -> new ApplicationRefusal(Kind.NOT_FOUND, "application.error.not-found"));
        if (text == null || text.isBlank()) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.objection.text-required");
        }
        if (text.length() > MAX_TEXT) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.objection.text-too-long", MAX_TEXT);
        }
        List<Upload> files = uploads == null ? List.of()
                : uploads.stream().filter(Objections::chosen).toList();
        if (files.size() > MAX_FILES) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.objection.too-many-files", MAX_FILES);
        }
        List<String> types = files.stream().map(f -> inspector.inspect(f.fileName(), f.content())).toList();
        Instant now = clock.instant();
        LocalDate due = dueDate(application, new LegalDeadlines(catalogue.get(application.service()), calendar), calendar);
        String cleanText = text.strip();
        application.object(applicant.login(), now, due, cleanText);
        applications.update(application);
        long id = rows.insert(applicationId, cleanText, applicant.login(), now, due);
        for (int i = 0; i < files.size(); i++) {
            Upload upload = files.get(i);
            rows.insertFile(id, new Objection.File(UUID.randomUUID(), DocumentInspector.cleanName(upload.fileName()),
                    types.get(i), upload.content().length, DigestUtils.sha256Hex(upload.content())), upload.content());
        }
        auditLog.record(applicant.login(), "application.objection", ENTITY, Long.toString(applicationId),
                "objection " + id + " within " + due + ", " + files.size() + " file(s), " + cleanText.length() + " characters");
        String subject = application.registrationNumber() == null ? "#" + applicationId : application.registrationNumber();
        for (long officer : staff.staffOf(application.providerId(), Role.PROVIDER_OFFICER, Role.PROVIDER_HEAD)) {
            notifications.notify(new Notice(officer, "application.objection-received",
                    Map.of("number", subject, "service", application.service().value(),
                            "date", now.atZone(WorkingCalendar.ZONE).toLocalDate().toString()),
                    Set.of(Channel.CABINET), ENTITY, Long.toString(applicationId)));
        }
        return rows.ofApplication(applicationId).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    /** The objections to an application, for its applicant or an officer of its provider. */
    @Transactional(readOnly = true)
    public List<Objection> of(long applicationId) {
        visible(applicationId);
        return rows.ofApplication(applicationId);
    }

    /** A file of an objection, for its applicant or an officer of its provider. */
    @Transactional(readOnly = true)
    public Applications.DocumentFile file(long applicationId, UUID fileId) {
        visible(applicationId);
        return rows.content(applicationId, fileId)
                .orElseThrow(() -> new ApplicationRefusal(Kind.NOT_FOUND, "application.document.not-found"));
    }

    /**
     * The last day of the objection window: the catalogue's OBJECTION_WINDOW after the preliminary refusal's notice,
     * or 2 working days when a service's table has no such row (¶7: "within two working days").
     */
    static LocalDate dueDate(Application application, LegalDeadlines deadlines, WorkingCalendar calendar) {
        Instant notice = application.preliminaryRefusalNotice()
                .orElseThrow(() -> new ApplicationRefusal(Kind.WRONG_STATE, "application.error.not-allowed",
                        new org.springframework.context.support.DefaultMessageSourceResolvable("application.action.object"),
                        new org.springframework.context.support.DefaultMessageSourceResolvable(application.status().messageKey())));
        return deadlines.due(DeadlineStep.OBJECTION_WINDOW, Map.of(DeadlineAnchor.PRELIMINARY_REFUSAL_NOTICE, notice))
                .map(LegalDeadlines.Due::date)
                .orElseGet(() -> calendar.addWorkingDays(notice.atZone(WorkingCalendar.ZONE).toLocalDate(), DEFAULT_WINDOW));
    }

    /** A form's empty file field (no name, no bytes) is no file; a named empty file is refused as empty. */
    private static boolean chosen(Upload upload) {
        return upload != null && (upload.content() != null && upload.content().length > 0
                || upload.fileName() != null && !upload.fileName().isBlank());
    }

    private void visible(long applicationId) {
        Application application = applications.find(applicationId)
                .orElseThrow(() -> new ApplicationRefusal(Kind.NOT_FOUND, "application.error.not-found"));
        SignedInUser user = currentUser.require();
        if (application.accountId() != user.accountId() && !currentUser.isMemberOf(application.providerId())) {
            if (user.isStaff()) {
                throw new ApplicationRefusal(Kind.NOT_ALLOWED, "identity.not-your-organisation");
            }
            throw new ApplicationRefusal(Kind.NOT_FOUND, "application.error.not-found");
        }
    }
}
