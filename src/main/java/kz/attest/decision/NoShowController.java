package kz.attest.decision;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** No-show valid-reason requests (¶27, ¶54, ¶75, ¶98): the applicant's cabinet and the provider's office, REST and pages. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoShowController {

    private final NoShows noShows;
    private final Clock clock;

    record DecisionBody(String note) {
    }

    @GetMapping("/api/v1/cabinet/no-shows")
    @PreAuthorize("hasRole('APPLICANT')")
    @ResponseBody
    List<NoShowView> mine() {
        return noShows.mine();
    }

    @PostMapping("/api/v1/cabinet/no-shows/{sittingId}/request")
    @PreAuthorize("hasRole('APPLICANT')")
    @ResponseBody
    NoShowView request(@PathVariable UUID sittingId, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) String explanation,
                       @RequestParam(name = "file", required = false) List<MultipartFile> files) {
        return noShows.request(sittingId, reason, explanation, uploads(files));
    }

    @GetMapping("/api/v1/office/no-shows")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    @ResponseBody
    List<NoShowView> office(@RequestParam(required = false) String provider) {
        return noShows.ofProvider(provider);
    }

    @PostMapping("/api/v1/office/no-shows/{sittingId}/approve")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    @ResponseBody
    NoShowView approve(@PathVariable UUID sittingId, @RequestBody(required = false) DecisionBody body) {
        return noShows.approve(sittingId, body == null ? null : body.note());
    }

    @PostMapping("/api/v1/office/no-shows/{sittingId}/refuse")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    @ResponseBody
    NoShowView refuse(@PathVariable UUID sittingId, @RequestBody(required = false) DecisionBody body) {
        return noShows.refuse(sittingId, body == null ? null : body.note());
    }

    @GetMapping({"/api/v1/office/no-shows/{sittingId}/documents/{documentId}",
            "/api/v1/cabinet/no-shows/{sittingId}/documents/{documentId}"})
    ResponseEntity<byte[]> document(@PathVariable UUID sittingId, @PathVariable UUID documentId) {
        NoShows.Upload file = noShows.document(sittingId, documentId);
        return Downloads.attachment(MediaType.APPLICATION_OCTET_STREAM, file.fileName()).body(file.content());
    }

    @GetMapping("/cabinet/no-shows")
    @PreAuthorize("hasRole('APPLICANT')")
    String cabinetPage(Model model) {
        model.addAttribute("noShows", noShows.mine());
        model.addAttribute("today", clock.instant().atZone(kz.attest.calendar.WorkingCalendar.ZONE).toLocalDate());
        model.addAttribute("reasons", NoShows.Reason.values());
        return "decision/cabinet-no-shows";
    }

    @PostMapping("/cabinet/no-shows/{sittingId}/request")
    @PreAuthorize("hasRole('APPLICANT')")
    String requestPage(@PathVariable UUID sittingId, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) String explanation,
                       @RequestParam(name = "file", required = false) List<MultipartFile> files) {
        noShows.request(sittingId, reason, explanation, uploads(files));
        return "redirect:/cabinet/no-shows?requested";
    }

    @GetMapping("/office/no-shows")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    String officePage(@RequestParam(required = false) String provider, Model model) {
        model.addAttribute("noShows", noShows.ofProvider(provider));
        return "decision/office-no-shows";
    }

    @PostMapping("/office/no-shows/{sittingId}/approve")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    String approvePage(@PathVariable UUID sittingId, @RequestParam(required = false) String note) {
        noShows.approve(sittingId, note);
        return "redirect:/office/no-shows?decided";
    }

    @PostMapping("/office/no-shows/{sittingId}/refuse")
    @PreAuthorize("hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')")
    String refusePage(@PathVariable UUID sittingId, @RequestParam(required = false) String note) {
        noShows.refuse(sittingId, note);
        return "redirect:/office/no-shows?decided";
    }

    private static List<NoShows.Upload> uploads(List<MultipartFile> files) {
        List<NoShows.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                try {
                    uploads.add(new NoShows.Upload(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }
}
