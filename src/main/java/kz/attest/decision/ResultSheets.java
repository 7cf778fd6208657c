package kz.attest.decision;

import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceCode;
import kz.attest.delivery.Workstations;
import kz.attest.identity.Accounts;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.SignedInUser;
import kz.attest.reporting.ResultDocuments;
import kz.attest.reporting.ResultSheet;
import kz.attest.reporting.StageResult;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.audit.AuditLog;
import kz.attest.delivery.TechnicalFailureActs;
import kz.attest.scheduling.CandidateCheckedIn;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static kz.attest.web.Refusal.Kind.NOT_FOUND;

/**
 * Results sheets (seed 001: PDF and Word) through the reporting module's {@link ResultDocuments}: one copy for the
 * candidate in the cabinet, and for the proctor at the hall two signed copies where the catalogue says so (¶48, ¶96).
 * What the sheet prints about the person and the centre is kept from the check-in ({@link CandidateCheckedIn}).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResultSheets {

    /** The format of a downloaded sheet. */
    public enum Format { PDF, DOCX }

    /** A rendered sheet. */
    public record SheetFile(String fileName, String contentType, byte[] content) {
    }

    private final Results results;
    private final ResultDocuments documents;
    private final Catalogue catalogue;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final ResultRows rows;
    private final AuditLog audit;

    private final TechnicalFailureActs acts;
    private final kz.attest.identity.Organisations organisations;

    /** After commit (the default): the sheet prints these details only once a stage is scored, long after. */
    @ApplicationModuleListener
    void on(CandidateCheckedIn event) {
        rows.keepDetail(event);
    }

    /** The signed-in candidate's own sheet (one copy); another person's sitting is 404. */
    @Transactional(readOnly = true)
    public SheetFile forCandidate(UUID sittingId, Format format) {
        ResultEntry entry = results.ownSitting(sittingId);
        return render(entry, 1, format, null);
    }

    /**
     * The sheet of the sitting a started workstation is bound to (seed 001: the candidate downloads it as PDF or Word
     * from the test client's result page), in the language the candidate chose; a trial has none (404).
     */
    @Transactional(readOnly = true)
    public SheetFile forWorkstation(Workstations.WorkstationSitting sitting, Format format) {
        if (sitting.trial()) {
            throw new DecisionRefusal(NOT_FOUND, "decision.results.not-found");
        }
        ResultEntry entry = results.sitting(sitting.sittingId())
                .orElseThrow(() -> new DecisionRefusal(NOT_FOUND, "decision.results.not-found"));
        return render(entry, 1, format, sitting.language());
    }

    /** The sheet for the proctor of the sitting's centre, in two copies where the catalogue says so (¶48, ¶96). */
    @Transactional
    public SheetFile forProctor(UUID sittingId, Format format) {
        ResultEntry entry = results.sitting(sittingId)
                .orElseThrow(() -> new DecisionRefusal(NOT_FOUND, "decision.results.not-found"));
        ResultRows.Detail detail = rows.detail(sittingId)
                .orElseThrow(() -> new DecisionRefusal(NOT_FOUND, "decision.results.not-found"));
        SignedInUser proctor = currentUser.requireMemberOf(detail.centreId());
        int copies = catalogue.find(new ServiceCode(entry.service()))
                .map(s -> s.resultsPrintedInTwoCopies() ? 2 : 1).orElse(1);
        audit.record(proctor.login(), "decision.sheet-printed", "Sitting", sittingId.toString(),
                copies + " cop" + (copies == 1 ? "y" : "ies") + " " + format);
        return render(entry, copies, format, null);
    }

    private SheetFile render(ResultEntry entry, int copies, Format format, Locale chosen) {
        if (entry.stages().isEmpty()) {
            throw new DecisionRefusal(NOT_FOUND, "decision.results.not-found");
        }
        Optional<ResultRows.Detail> detail = rows.detail(entry.sittingId());
        Optional<SignedInUser> person = accounts.find(entry.accountId());
        Locale language = chosen != null ? chosen
                : person.map(SignedInUser::language).orElse(Locale.forLanguageTag("ru"));
        String name = detail.map(ResultRows.Detail::fullName).or(() -> person.map(SignedInUser::fullName)).orElse("—");
        String iin = detail.map(ResultRows.Detail::iin).or(() -> person.map(SignedInUser::iin)).orElse("—");
        LocalDateTime at = detail.map(ResultRows.Detail::startsAt).orElseGet(() -> entry.stages().getFirst().finishedAt()
                .atZone(WorkingCalendar.ZONE).toLocalDateTime());
        // issue 14: names, not codes, on paper — the specialty's and the centre's names, a short reference
        String specialty = detail.map(ResultRows.Detail::specialty).map(code -> catalogue.specialties().stream()
                .filter(s -> s.code().equals(code)).findFirst().map(s -> s.name().in(language)).orElse(code))
                .orElse(null);
        String centre = detail.map(ResultRows.Detail::centreId)
                .map(id -> organisations.find(id).map(o -> o.name(language)).orElse(id)).orElse("—");
        String reference = at.toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + "/" + entry.sittingId().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        ResultSheet sheet = new ResultSheet(language, reference, name, iin,
                new ServiceCode(entry.service()), specialty, centre, at,
                entry.stages().stream().map(s -> new StageResult(s.stage(), s.correct(), s.total(), s.threshold(),
                        s.passed())).toList(), false, copies,
                acts.ofSitting(entry.sittingId()).stream()   // ¶26: the acts of technical failure applied
                        .map(a -> new ResultSheet.ActNote(a.stage(),
                                ResultSheet.ActNote.Kind.valueOf(a.effect().name()), a.actReference()))
                        .toList());
        String base = "results-" + entry.sittingId();
        return switch (format) {
            case PDF -> new SheetFile(base + ".pdf", "application/pdf", documents.pdf(sheet));
            case DOCX -> new SheetFile(base + ".docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", documents.docx(sheet));
        };
    }

}
