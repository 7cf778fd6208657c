package kz.attest.decision;

import jakarta.servlet.http.HttpServletRequest;
import kz.attest.delivery.TechnicalFailureActs;
import kz.attest.delivery.Workstations;
import kz.attest.web.Downloads;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.UUID;

/** Results sheets: the candidate's own in the cabinet and at the workstation, and the proctor's printout at the hall (seed 001; ¶48, ¶96). */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResultSheetController {

    private final ResultSheets sheets;
    private final Results results;
    private final Workstations workstations;
    private final TechnicalFailureActs acts;

    /** The candidate at the workstation downloads the sheet from the test client's result page (seed 001). */
    @GetMapping("/exam/results.pdf")
    ResponseEntity<byte[]> workstationPdf(HttpServletRequest request) {
        return file(sheets.forWorkstation(workstations.sittingOf(request), ResultSheets.Format.PDF));
    }

    @GetMapping("/exam/results.docx")
    ResponseEntity<byte[]> workstationDocx(HttpServletRequest request) {
        return file(sheets.forWorkstation(workstations.sittingOf(request), ResultSheets.Format.DOCX));
    }

    @GetMapping("/cabinet/results")
    @PreAuthorize("hasRole('APPLICANT')")
    String mine(Model model) {
        java.util.List<ResultEntry> mine = results.mine();
        model.addAttribute("results", mine);
        // ¶26: the acts of technical failure applied to each sitting (re-scored, voided and sat again, pass stands)
        java.util.Map<UUID, java.util.List<TechnicalFailureActs.StageAct>> applied = new java.util.HashMap<>();
        mine.forEach(r -> applied.put(r.sittingId(), acts.ofSitting(r.sittingId())));
        model.addAttribute("acts", applied);
        return "decision/cabinet-results";
    }

    @GetMapping("/cabinet/results/{sittingId}.pdf")
    @PreAuthorize("hasRole('APPLICANT')")
    ResponseEntity<byte[]> candidatePdf(@PathVariable UUID sittingId) {
        return file(sheets.forCandidate(sittingId, ResultSheets.Format.PDF));
    }

    @GetMapping("/cabinet/results/{sittingId}.docx")
    @PreAuthorize("hasRole('APPLICANT')")
    ResponseEntity<byte[]> candidateDocx(@PathVariable UUID sittingId) {
        return file(sheets.forCandidate(sittingId, ResultSheets.Format.DOCX));
    }

    @GetMapping("/proctor/results/{sittingId}.pdf")
    @PreAuthorize("hasRole('PROCTOR')")
    ResponseEntity<byte[]> proctorPdf(@PathVariable UUID sittingId) {
        return file(sheets.forProctor(sittingId, ResultSheets.Format.PDF));
    }

    @GetMapping("/proctor/results/{sittingId}.docx")
    @PreAuthorize("hasRole('PROCTOR')")
    ResponseEntity<byte[]> proctorDocx(@PathVariable UUID sittingId) {
        return file(sheets.forProctor(sittingId, ResultSheets.Format.DOCX));
    }

    private static ResponseEntity<byte[]> file(ResultSheets.SheetFile file) {
        return Downloads.attachment(MediaType.parseMediaType(file.contentType()), file.fileName()).body(file.content());
    }
}
