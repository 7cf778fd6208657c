package kz.attest.decision;

import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Role;
import kz.attest.identity.SignedInUser;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import kz.attest.scheduling.AbsenceExcuses;
import kz.attest.scheduling.CandidateAbsent;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static kz.attest.web.Refusal.Kind.BAD_INPUT;
import static kz.attest.web.Refusal.Kind.NOT_ALLOWED;
import static kz.attest.web.Refusal.Kind.NOT_FOUND;
import static kz.attest.web.Refusal.Kind.WRONG_STATE;

/**
 * ¶27, ¶54, ¶75, ¶98: a candidate who did not appear may, within the catalogue's window (5 working days), file a
 * request naming a valid reason (illness, death of a close relative, force majeure) with supporting documents. The
 * provider approves it — the absence is excused and the application returns to the pool of candidates to assign to
 * another session — or refuses it: the service is refused, and where the catalogue says so (patent attorneys, ¶98) the
 * attestation counts as failed for the retake rules. Every step is audited and the applicant is notified.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoShows {

    /** The valid reasons the seed names. */
    public enum Reason { ILLNESS, DEATH_OF_RELATIVE, FORCE_MAJEURE }

    /** A supporting document as uploaded. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    static final int MAX_DOCUMENTS = 10;

    private final NoShowRows rows;
    private final CurrentUser currentUser;
    private final AbsenceExcuses excuses;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final kz.attest.application.ApplicationOutcomes applications;

    /** After commit (the default): the absence stands in scheduling alone; the request window runs for days. */
    @ApplicationModuleListener
    void on(CandidateAbsent event) {
        if (rows.insertAbsent(event)) {
            audit.record(event.proctor(), "decision.no-show-recorded", "Sitting", event.sittingId().toString(),
                    "application " + event.applicationId() + " absent on " + event.testDate()
                            + event.validReasonUntil().map(d -> ", request by " + d).orElse(""));
        }
    }

    /** The signed-in applicant's no-shows, newest first. */
    @Transactional(readOnly = true)
    public List<NoShowView> mine() {
        return rows.ofAccount(currentUser.require().accountId());
    }

    /** The no-shows of the signed-in officer's organisation (another organisation: 403). */
    @Transactional(readOnly = true)
    public List<NoShowView> ofProvider(String requested) {
        return rows.ofProvider(ProviderStaff.organisationOf(currentUser.require(), requested));
    }

    /** The applicant files a valid-reason request with documents, within the window. */
    @Transactional
    public NoShowView request(UUID sittingId, String reason, String explanation, List<Upload> documents) {
        SignedInUser applicant = currentUser.require();
        NoShowView noShow = lock(sittingId);
        if (noShow == null || accountOf(sittingId) != applicant.accountId()) {
            throw new DecisionRefusal(NOT_FOUND, "decision.no-show.not-found");
        }
        if (!"ABSENT".equals(noShow.status())) {
            throw new DecisionRefusal(WRONG_STATE, "decision.no-show.already-requested");
        }
        LocalDate today = today();
        if (!noShow.requestOpen(today)) {
            throw new DecisionRefusal(WRONG_STATE, "decision.no-show.too-late",
                    noShow.validReasonUntil() == null ? "—" : noShow.validReasonUntil().format(DATE));
        }
        Reason parsed = parseReason(reason);
        List<Upload> uploads = documents == null ? List.of()
                : documents.stream().filter(d -> d != null && d.content() != null && d.content().length > 0).toList();
        if (uploads.isEmpty()) {
            throw new DecisionRefusal(BAD_INPUT, "decision.no-show.documents-required");
        }
        if (uploads.size() > MAX_DOCUMENTS) {
            throw new DecisionRefusal(BAD_INPUT, "decision.no-show.too-many-documents", MAX_DOCUMENTS);
        }
        for (Upload upload : uploads) {
            if (upload.content().length > MAX_DOCUMENT_BYTES) {
                throw new DecisionRefusal(BAD_INPUT, "decision.no-show.document-too-large", MAX_DOCUMENT_BYTES / 1024 / 1024);
            }
        }
        String text = explanation == null ? "" : explanation.strip();
        if (text.length() > 4000) {
            throw new DecisionRefusal(BAD_INPUT, "decision.no-show.explanation-too-long", 4000);
        }
        Instant now = clock.instant();
        for (Upload upload : uploads) {
            String name = upload.fileName() == null || upload.fileName().isBlank() ? "document" : upload.fileName();
            rows.addDocument(sittingId, name.length() > 255 ? name.substring(0, 255) : name,
                    upload.contentType() == null || upload.contentType().length() > 64
                            ? "application/octet-stream" : upload.contentType(),
                    DigestUtils.sha256Hex(upload.content()), upload.content(), now);
        }
        rows.markRequested(sittingId, parsed.name(), text, now);
        audit.record(applicant.login(), "decision.no-show-requested", "Sitting", sittingId.toString(),
                parsed + ", " + uploads.size() + " document(s)");
        return view(sittingId);
    }

    /** The provider approves: the absence is excused and the candidate returns to the admitted pool. */
    @Transactional
    public NoShowView approve(UUID sittingId, String note) {
        return decide(sittingId, true, note);
    }

    /** The provider refuses: the service is refused (¶27); for patent attorneys the attestation counts as failed (¶98). */
    @Transactional
    public NoShowView refuse(UUID sittingId, String note) {
        if (note == null || note.isBlank()) {
            throw new DecisionRefusal(BAD_INPUT, "decision.no-show.note-required");
        }
        return decide(sittingId, false, note);
    }

    /** A supporting document, for the officer of the provider or the applicant. */
    @Transactional(readOnly = true)
    public Upload document(UUID sittingId, UUID documentId) {
        NoShowView noShow = view(sittingId);
        SignedInUser user = currentUser.require();
        if (noShow == null || !(accountOf(sittingId) == user.accountId() || currentUser.isMemberOf(noShow.providerId()))) {
            throw new DecisionRefusal(NOT_FOUND, "decision.no-show.not-found");
        }
        return rows.document(sittingId, documentId).orElseThrow(() -> new DecisionRefusal(NOT_FOUND, "decision.no-show.not-found"));
    }

    private NoShowView decide(UUID sittingId, boolean approved, String note) {
        NoShowView noShow = lock(sittingId);
        if (noShow == null) {
            throw new DecisionRefusal(NOT_FOUND, "decision.no-show.not-found");
        }
        SignedInUser officer = currentUser.requireMemberOf(noShow.providerId());
        if (!officer.hasRole(Role.PROVIDER_OFFICER) && !officer.hasRole(Role.PROVIDER_HEAD)) {
            throw new DecisionRefusal(NOT_ALLOWED, "identity.not-your-organisation");
        }
        if (!"REQUESTED".equals(noShow.status())) {
            throw new DecisionRefusal(WRONG_STATE, "decision.no-show.not-requested");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > 4000) {
            throw new DecisionRefusal(BAD_INPUT, "decision.no-show.explanation-too-long", 4000);
        }
        Instant now = clock.instant();
        String status = approved ? "APPROVED" : "REFUSED";
        rows.decide(sittingId, status, now, officer.login(), text);
        if (approved) {
            excuses.excuse(sittingId, now);
        } else {
            applications.refuseAfterNoShow(noShow.applicationId(), kz.attest.web.Phrase.verbatim(text),
                    officer.login());   // the service is refused
        }
        audit.record(officer.login(), approved ? "decision.no-show-approved" : "decision.no-show-refused", "Sitting",
                sittingId.toString(), "application " + noShow.applicationId()
                        + (approved ? ": back to the admitted pool" : noShow.countsAsFailure()
                        ? ": refused, the attestation counts as failed (¶98)" : ": the service is refused")
                        + (text.isEmpty() ? "" : " — " + text));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("service", noShow.service());
        parameters.put("date", noShow.testDate().toString());
        parameters.put("note", text);
        notifications.notify(new Notice(accountOf(sittingId), approved ? "decision.no-show-approved"
                : noShow.countsAsFailure() ? "decision.no-show-failed" : "decision.no-show-refused", parameters,
                Set.of(Channel.CABINET, Channel.EMAIL, Channel.SMS), "Application",
                Long.toString(noShow.applicationId())));
        return view(sittingId);
    }

    private static Reason parseReason(String reason) {
        try {
            return Reason.valueOf(reason == null ? "" : reason.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new DecisionRefusal(BAD_INPUT, "decision.no-show.reason-unknown");
        }
    }

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private LocalDate today() {
        return clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
    }

    private long accountOf(UUID sittingId) {
        return rows.accountOf(sittingId);
    }

    private NoShowView lock(UUID sittingId) {
        return rows.lock(sittingId) ? view(sittingId) : null;
    }

    NoShowView view(UUID sittingId) {
        return rows.find(sittingId).orElse(null);
    }
}
