package kz.attest.application;

import kz.attest.catalogue.ServiceCode;
import kz.attest.signature.ContentToSign;
import kz.attest.signature.DetachedSignature;
import kz.attest.web.Downloads;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The REST API of applications: every applicant and officer action; refusals are problem details. */
@io.swagger.v3.oas.annotations.tags.Tag(name = "Applications", description = "The applicant's drafts, submission and cabinet; the provider's back office")
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApplicationApiController {

    private static final String APPLICANT = "hasRole('APPLICANT')";
    private static final String OFFICER = "hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')";

    private final ApplicationDrafts drafts;
    private final Applications applications;
    private final AdmissionDecisions decisions;

    record NewDraft(String service, String provider) {
    }

    record MissingDocuments(List<String> missingDocuments) {
    }

    record Decision(boolean admit, String reason) {
    }

    record Proposal(String reason, Instant hearingAt, String place) {
    }

    @PostMapping("/api/v1/applications/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(APPLICANT)
    DraftView start(@RequestBody NewDraft request) {
        ServiceCode service = ServiceCode.parse(request.service())
                .orElseThrow(() -> new ApplicationRefusal(Kind.NOT_FOUND, "catalogue.unknown-service", request.service()));
        return drafts.start(service, request.provider());
    }

    @GetMapping("/api/v1/applications/drafts")
    @PreAuthorize(APPLICANT)
    List<DraftView> openDrafts() {
        return drafts.openDrafts();
    }

    @GetMapping("/api/v1/applications/drafts/{id}")
    @PreAuthorize(APPLICANT)
    DraftView draft(@PathVariable UUID id) {
        return drafts.draft(id);
    }

    @PutMapping("/api/v1/applications/drafts/{id}")
    @PreAuthorize(APPLICANT)
    DraftView answer(@PathVariable UUID id, @RequestBody DraftAnswers answers) {
        return drafts.answer(id, answers);
    }

    @PostMapping(path = "/api/v1/applications/drafts/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(APPLICANT)
    DocumentView attach(@PathVariable UUID id, @RequestParam("type") String type,
                        @RequestParam("file") MultipartFile file) throws IOException {
        return drafts.attach(id, type, file.getOriginalFilename(), file.getBytes());
    }

    @DeleteMapping("/api/v1/applications/drafts/{id}/documents/{documentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(APPLICANT)
    void removeDocument(@PathVariable UUID id, @PathVariable UUID documentId) {
        drafts.removeDocument(id, documentId);
    }

    /** The canonical content to sign, base64, with its SHA-256. */
    @GetMapping("/api/v1/applications/drafts/{id}/content")
    @PreAuthorize(APPLICANT)
    ContentToSign content(@PathVariable UUID id) {
        return ContentToSign.of(drafts.contentToSign(id));
    }

    /** Submits with a detached CMS (base64 or PEM); the draft id makes a repeated submission idempotent. */
    @PostMapping("/api/v1/applications/drafts/{id}/submit")
    @PreAuthorize(APPLICANT)
    ResponseEntity<ApplicationView> submit(@PathVariable UUID id, @RequestBody DetachedSignature submission) {
        ApplicationView view = drafts.submit(id, submission.bytes());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(java.net.URI.create("/api/v1/applications/" + view.id())).body(view);
    }

    @GetMapping("/api/v1/applications")
    @PreAuthorize(APPLICANT)
    List<ApplicationSummary> mine() {
        return applications.mine();
    }

    @GetMapping("/api/v1/applications/{id}")
    ApplicationView application(@PathVariable long id) {
        return applications.view(id);
    }

    @GetMapping("/api/v1/applications/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable UUID documentId) {
        Applications.DocumentFile file = applications.document(id, documentId);
        return Downloads.uploaded(file.contentType(), file.fileName(), file.content());
    }

    @PostMapping("/api/v1/applications/{id}/withdraw")
    @PreAuthorize(APPLICANT)
    ApplicationView withdraw(@PathVariable long id) {
        return applications.withdraw(id);
    }

    @GetMapping("/api/v1/office/applications")
    @PreAuthorize(OFFICER)
    List<ApplicationSummary> queue() {
        return applications.queue();
    }

    @PostMapping("/api/v1/applications/{id}/register")
    @PreAuthorize(OFFICER)
    ApplicationView register(@PathVariable long id) {
        return applications.register(id);
    }

    @PostMapping("/api/v1/applications/{id}/complete")
    @PreAuthorize(OFFICER)
    ApplicationView confirmComplete(@PathVariable long id) {
        return applications.confirmComplete(id);
    }

    @PostMapping("/api/v1/applications/{id}/refuse-incomplete")
    @PreAuthorize(OFFICER)
    ApplicationView refuseIncomplete(@PathVariable long id, @RequestBody MissingDocuments request) {
        return applications.refuseIncomplete(id, request.missingDocuments());
    }

    /**
     * ¶8: admits; the optional body gives the test's place, time ({@code testAt}) and procedure, or
     * {@code byOperator: true} when the testing operator sets them (also the default without a body).
     */
    @PostMapping("/api/v1/applications/{id}/admit")
    @PreAuthorize(OFFICER)
    ApplicationView admit(@PathVariable long id, @RequestBody(required = false) Admission request) {
        return applications.admit(id, request == null ? null : new AdmissionDetails(request.place(), request.testAt(),
                request.procedure(), Boolean.TRUE.equals(request.byOperator())));
    }

    record Admission(String place, Instant testAt, String procedure, Boolean byOperator) {
    }

    /** ¶57: the day the qualification training ended; the list for testing is due to the operator from it. */
    @PostMapping("/api/v1/applications/{id}/training-end")
    @PreAuthorize(OFFICER)
    ApplicationView recordTrainingEnd(@PathVariable long id, @RequestBody TrainingEnd request) {
        return applications.recordTrainingEnd(id, request.endedOn());
    }

    record TrainingEnd(java.time.LocalDate endedOn) {
    }

    @GetMapping("/api/v1/applications/{id}/admission")
    AdmissionDetails admission(@PathVariable long id) {
        return applications.admission(id)
                .orElseThrow(() -> new ApplicationRefusal(Kind.NOT_FOUND, "application.admission.none"));
    }

    @PostMapping("/api/v1/applications/{id}/propose-refusal")
    @PreAuthorize(OFFICER)
    ApplicationView proposeRefusal(@PathVariable long id, @RequestBody Proposal request) {
        return applications.proposeRefusal(id, new HearingProposal(request.reason(), request.hearingAt(), request.place()));
    }

    @PostMapping("/api/v1/applications/{id}/hearing")
    @PreAuthorize(OFFICER)
    ApplicationView holdHearing(@PathVariable long id) {
        return applications.holdHearing(id);
    }

    /** ¶7: the officer prepares the motivated decision; it takes effect when the head signs it (DecisionController). */
    @PostMapping("/api/v1/applications/{id}/decision")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OFFICER)
    DecisionView decide(@PathVariable long id, @RequestBody Decision request) {
        return decisions.prepare(id, request.admit(), request.reason());
    }
}
