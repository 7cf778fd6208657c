package kz.attest.appeal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.attest.web.Downloads;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The REST API of appeals (¶100–¶102): the applicant files and follows; the addressee's staff answer. */
@RestController
@Tag(name = "Appeals", description = "Complaints about an application's decision, action or inaction (seed 000 ¶100–¶102)")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AppealApiController {

    private static final String APPLICANT = "hasRole('APPLICANT')";
    private static final String STAFF = "hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')";

    private final Appeals appeals;

    record NewAppeal(String addressee, String subject, String text) {
    }

    record Answer(Boolean upheld, String reasons) {
    }

    @PostMapping(path = "/api/v1/applications/{id}/appeals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(APPLICANT)
    @Operation(summary = "File a complaint about the application (¶100); the answer is due in 5 or 15 working days (¶101)")
    ResponseEntity<AppealView> file(@PathVariable long id, @RequestBody NewAppeal request) {
        return created(appeals.file(id, addressee(request.addressee()), subject(request.subject()), request.text(),
                List.of()));
    }

    @PostMapping(path = "/api/v1/applications/{id}/appeals", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(APPLICANT)
    @Operation(summary = "File a complaint with files (PDF, JPEG, PNG)")
    ResponseEntity<AppealView> fileWithFiles(@PathVariable long id, @RequestParam(required = false) String addressee,
                                             @RequestParam(required = false) String subject,
                                             @RequestParam(required = false) String text,
                                             @RequestParam(name = "files", required = false) List<MultipartFile> files)
            throws IOException {
        return created(appeals.file(id, addressee(addressee), subject(subject), text, attachments(files)));
    }

    @GetMapping("/api/v1/applications/{id}/appeals")
    @Operation(summary = "The complaints about one application")
    List<AppealView> ofApplication(@PathVariable long id) {
        return appeals.ofApplication(id);
    }

    @GetMapping("/api/v1/appeals")
    @PreAuthorize(APPLICANT)
    @Operation(summary = "The signed-in applicant's complaints")
    List<AppealView> mine() {
        return appeals.mine();
    }

    @GetMapping("/api/v1/appeals/{id}")
    @Operation(summary = "One complaint, for its applicant or the addressee's staff")
    AppealView appeal(@PathVariable long id) {
        return appeals.view(id);
    }

    @GetMapping("/api/v1/appeals/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable UUID fileId) {
        Appeals.AppealFile file = appeals.file(id, fileId);
        return Downloads.uploaded(file.contentType(), file.fileName(), file.content());
    }

    @GetMapping("/api/v1/office/appeals")
    @PreAuthorize(STAFF)
    @Operation(summary = "The complaints addressed to the staff member's organisation, open ones first")
    List<AppealView> queue() {
        return appeals.queue();
    }

    @PostMapping("/api/v1/appeals/{id}/answer")
    @PreAuthorize(STAFF)
    @Operation(summary = "Answer a complaint once: upheld (the step reopened) or rejected with reasons (¶101)")
    AppealView answer(@PathVariable long id, @RequestBody Answer request) {
        if (request.upheld() == null) {
            throw new AppealRefusal(Kind.BAD_INPUT, "appeal.error.outcome-required");
        }
        return appeals.answer(id, request.upheld(), request.reasons());
    }

    private static ResponseEntity<AppealView> created(AppealView view) {
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/appeals/" + view.id()))
                .body(view);
    }

    static AppealAddressee addressee(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AppealAddressee.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new AppealRefusal(Kind.BAD_INPUT, "appeal.error.addressee-unknown", value);
        }
    }

    static AppealSubject subject(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AppealSubject.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AppealRefusal(Kind.BAD_INPUT, "appeal.error.subject-unknown", value);
        }
    }

    static List<Appeals.Attachment> attachments(List<MultipartFile> files) throws IOException {
        List<Appeals.Attachment> attachments = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                attachments.add(new Appeals.Attachment(file.getOriginalFilename(), file.getBytes()));
            }
        }
        return attachments;
    }
}
