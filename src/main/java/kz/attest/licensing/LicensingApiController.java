package kz.attest.licensing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.attest.identity.CurrentUser;
import kz.attest.web.Downloads;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.attest.web.Refusal.Kind.BAD_INPUT;

/** The REST API of licences (seeds 003, 004): the applicant's requests, the provider's steps, the licence registry. */
@RestController
@Tag(name = "Licences", description = "Licence issue and re-issue with payment, provider's steps, licence registry (seeds 003, 004)")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LicensingApiController {

    private static final String APPLICANT = "hasRole('APPLICANT')";
    private static final String STAFF = "hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')";
    private static final String HEAD = "hasRole('PROVIDER_HEAD')";

    private final LicenceRequests requests;
    private final ProviderSteps steps;
    private final Licences licences;
    private final Checklist checklist;
    private final RecordedPrerequisites prerequisites;
    private final CurrentUser currentUser;

    record NewRequest(String service, String kind, List<String> specialties, String replaces, String reason) {
    }

    record PaymentStart(Integer demoDigit) {
    }

    record PaymentReference(String reference) {
    }

    record Signature(String cms) {
    }

    record Note(String note) {
    }

    record Reason(String reason) {
    }

    record NewPrerequisite(String iin, String form, String number, List<String> specialties, LocalDate issuedOn,
                           LocalDate validUntil) {
    }

    @PostMapping("/api/v1/licences/requests")
    @PreAuthorize(APPLICANT)
    @Operation(summary = "Start an issue or re-issue request; the prerequisite is checked before anything is paid")
    ResponseEntity<RequestView> start(@RequestBody NewRequest body) {
        long id = requests.start(body.service(), body.kind(), body.specialties(), body.replaces(), body.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(requests.view(id));
    }

    @GetMapping("/api/v1/licences/requests")
    @PreAuthorize(APPLICANT)
    @Operation(summary = "The signed-in applicant's licence requests")
    List<RequestView> mine() {
        return requests.mine();
    }

    @GetMapping("/api/v1/licences/requests/{id}")
    @Operation(summary = "One licence request (its applicant or the provider's staff)")
    RequestView view(@PathVariable long id) {
        return requests.view(id);
    }

    @PostMapping(path = "/api/v1/licences/requests/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(APPLICANT)
    @Operation(summary = "Attach a document of a type the catalogue lists (PDF, JPEG, PNG)")
    ResponseEntity<RequestView> attach(@PathVariable long id, @RequestParam(required = false) String type,
                                       @RequestParam(required = false) MultipartFile file) throws IOException {
        if (type == null || type.isBlank() || file == null) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.document-size");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(requests.attach(id, type, file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/api/v1/licences/requests/{id}/documents/{documentId}")
    @Operation(summary = "Download an attached document")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable UUID documentId) {
        RequestRows.DocumentContent d = requests.document(id, documentId);
        return Downloads.uploaded(d.contentType(), d.fileName(), d.content());
    }

    @PostMapping("/api/v1/licences/requests/{id}/payment")
    @PreAuthorize(APPLICANT)
    @Operation(summary = "Pay the fee through the payment gateway (demonstration: demoDigit 0–9 chooses the outcome)")
    RequestView pay(@PathVariable long id, @RequestBody(required = false) PaymentStart body) {
        return requests.pay(id, body == null ? null : body.demoDigit());
    }

    @PutMapping("/api/v1/licences/requests/{id}/payment")
    @PreAuthorize(APPLICANT)
    @Operation(summary = "Name a payment made at the gateway; checked for payer, service and amount")
    RequestView usePayment(@PathVariable long id, @RequestBody PaymentReference body) {
        return requests.usePayment(id, body.reference());
    }

    @PostMapping("/api/v1/licences/requests/{id}/payment/check")
    @PreAuthorize(APPLICANT)
    @Operation(summary = "Ask the gateway for the payment's status again")
    RequestView checkPayment(@PathVariable long id) {
        return requests.checkPayment(id);
    }

    @GetMapping("/api/v1/licences/requests/{id}/content")
    @PreAuthorize(APPLICANT)
    @Operation(summary = "The bytes to sign; refused without a paid fee, a document or the prerequisite")
    Map<String, String> content(@PathVariable long id) {
        return Map.of("content", Base64.getEncoder().encodeToString(requests.contentToSign(id)));
    }

    @PostMapping("/api/v1/licences/requests/{id}/submit")
    @PreAuthorize(APPLICANT)
    @Operation(summary = "Submit with the applicant's detached CMS signature (validity, revocation, IIN checked)")
    RequestView submit(@PathVariable long id, @RequestBody Signature body) {
        byte[] cms;
        try {
            cms = body == null || body.cms() == null ? null : Base64.getMimeDecoder().decode(body.cms());
        } catch (IllegalArgumentException e) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.signature-required");
        }
        return requests.submit(id, cms);
    }

    @GetMapping("/api/v1/licences")
    @PreAuthorize(APPLICANT)
    @Operation(summary = "The signed-in holder's licences")
    List<LicenceView> myLicences() {
        return licences.ofAccount(currentUser.require().accountId());
    }

    @GetMapping("/api/v1/licences/{number}/pdf")
    @Operation(summary = "The signed e-licence (its holder or the provider's staff)")
    ResponseEntity<byte[]> pdf(@PathVariable String number) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(number + ".pdf").build().toString())
                .body(licences.pdf(number, currentUser.require()));
    }

    @GetMapping("/api/v1/public/licences/{number}")
    @Operation(summary = "Public verification of a licence by its number")
    LicenceView verify(@PathVariable String number) {
        return licences.verify(number);
    }

    @GetMapping("/api/v1/office/licences/requests")
    @PreAuthorize(STAFF)
    @Operation(summary = "The provider's queue: pending step, due instant, overdue")
    List<RequestView> queue() {
        return steps.queue();
    }

    @GetMapping("/api/v1/office/licences/requests/{id}/checklist")
    @PreAuthorize(STAFF)
    @Operation(summary = "The checklist with the registries' answers (unavailable shown as such)")
    Checklist.View checklist(@PathVariable long id) {
        return checklist.of(id);
    }

    @PostMapping("/api/v1/office/licences/requests/{id}/steps/{step}")
    @PreAuthorize(STAFF)
    @Operation(summary = "Complete the pending step (REGISTER, ASSIGN_OFFICER, COMPLETENESS_CHECK, …, LICENCE_APPROVAL)")
    RequestView step(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) Note body) {
        return steps.complete(id, step, body == null ? null : body.note());
    }

    @PostMapping("/api/v1/office/licences/requests/{id}/refuse")
    @PreAuthorize(STAFF)
    @Operation(summary = "A motivated refusal with reasons")
    RequestView refuse(@PathVariable long id, @RequestBody Reason body) {
        return steps.refuse(id, body == null ? null : body.reason());
    }

    @PostMapping("/api/v1/office/licences/requests/{id}/sign")
    @PreAuthorize(HEAD)
    @Operation(summary = "The head signs the e-licence (PAdES); a re-issue supersedes the replaced licence")
    ResponseEntity<LicenceView> sign(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(licences.sign(id));
    }

    @GetMapping("/api/v1/office/licences")
    @PreAuthorize(STAFF)
    @Operation(summary = "The licence registry")
    List<LicenceView> registry() {
        return licences.registry();
    }

    @PostMapping("/api/v1/office/licences/{number}/suspend")
    @PreAuthorize(HEAD)
    @Operation(summary = "Suspend an active licence with a reason")
    LicenceView suspend(@PathVariable String number, @RequestBody Reason body) {
        return licences.suspend(number, body == null ? null : body.reason());
    }

    @PostMapping("/api/v1/office/licences/{number}/terminate")
    @PreAuthorize(HEAD)
    @Operation(summary = "Terminate a licence with a reason")
    LicenceView terminate(@PathVariable String number, @RequestBody Reason body) {
        return licences.terminate(number, body == null ? null : body.reason());
    }

    @PostMapping("/api/v1/office/licences/prerequisites")
    @PreAuthorize(STAFF)
    @Operation(summary = "Record an outcome a licence depends on (appendix-3 decision, appendix-5 certificate)")
    ResponseEntity<Map<String, Long>> recordPrerequisite(@RequestBody NewPrerequisite body) {
        String actor = steps.licensorOf(body.form()).login();
        long id = prerequisites.record(actor, body.iin(), body.form(), body.number(),
                body.specialties() == null ? List.of() : body.specialties(), body.issuedOn(), body.validUntil());
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
    }

    @PostMapping("/api/v1/office/licences/prerequisites/{form}/{number}/revoke")
    @PreAuthorize(STAFF)
    @Operation(summary = "Revoke a recorded outcome with a reason")
    ResponseEntity<Void> revokePrerequisite(@PathVariable String form, @PathVariable String number,
                                            @RequestBody Reason body) {
        prerequisites.revoke(steps.licensorOf(form).login(), form, number, body == null ? null : body.reason());
        return ResponseEntity.noContent().build();
    }
}
