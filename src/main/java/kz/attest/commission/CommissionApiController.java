package kz.attest.commission;

import kz.attest.signature.ContentToSign;
import kz.attest.signature.DetachedSignature;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The commission and its interviews through the REST API (seeds 001, 002). Staff are scoped to their organisation
 * (403 otherwise); the candidate sees their own interviews.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CommissionApiController {

    /** Who may use the commission's pages and API: anyone signed in but applicants (facades check the organisation). */
    static final String STAFF = "isAuthenticated() and !hasRole('APPLICANT')";

    private final Commissions commissions;
    private final InterviewQueries interviews;
    private final InterviewPlanning planning;
    private final InterviewVoting voting;
    private final ProtocolSigning protocols;

    record CommissionRequest(String name) {
    }

    record MemberRequest(String role) {
    }

    record SlotRequest(String date, String time, String room, String link) {
    }

    record QuestionRequest(String specialty, String text) {
    }

    record VoteRequest(Boolean passed) {
    }

    @GetMapping("/api/v1/commissions/{organisation}")
    @PreAuthorize(STAFF)
    CommissionView commission(@PathVariable String organisation) {
        return commissions.of(organisation).orElseThrow(() -> new CommissionRefusal(Kind.NOT_FOUND, "commission.error.no-commission"));
    }

    @PutMapping("/api/v1/commissions/{organisation}")
    @PreAuthorize(STAFF)
    CommissionView form(@PathVariable String organisation, @RequestBody CommissionRequest request) {
        return commissions.form(organisation, request == null ? null : request.name());
    }

    @PutMapping("/api/v1/commissions/{organisation}/members/{login}")
    @PreAuthorize(STAFF)
    CommissionView putMember(@PathVariable String organisation, @PathVariable String login,
                             @RequestBody(required = false) MemberRequest request) {
        return commissions.putMember(organisation, login, request == null ? null : request.role());
    }

    @DeleteMapping("/api/v1/commissions/{organisation}/members/{login}")
    @PreAuthorize(STAFF)
    CommissionView removeMember(@PathVariable String organisation, @PathVariable String login) {
        return commissions.removeMember(organisation, login);
    }

    @GetMapping("/api/v1/commissions/{organisation}/interviews")
    @PreAuthorize(STAFF)
    List<InterviewView> interviews(@PathVariable String organisation) {
        return interviews.ofOrganisation(organisation);
    }

    @GetMapping("/api/v1/interviews/{id}")
    InterviewView interview(@PathVariable long id) {
        return interviews.get(id);
    }

    @GetMapping("/api/v1/cabinet/interviews")
    @PreAuthorize("hasRole('APPLICANT')")
    List<InterviewView> mine() {
        return interviews.mine();
    }

    @PostMapping("/api/v1/interviews/{id}/slot")
    @PreAuthorize(STAFF)
    InterviewView plan(@PathVariable long id, @RequestBody SlotRequest request) {
        if (request == null) {
            throw new CommissionRefusal(Kind.BAD_INPUT, "commission.error.place-exactly-one");
        }
        return planning.plan(id, date(request.date()), time(request.time()), request.room(), request.link());
    }

    @PostMapping("/api/v1/interviews/{id}/questions")
    @PreAuthorize(STAFF)
    InterviewView ask(@PathVariable long id, @RequestBody QuestionRequest request) {
        return voting.ask(id, request == null ? null : request.specialty(), request == null ? null : request.text());
    }

    @PutMapping("/api/v1/interviews/{id}/vote")
    @PreAuthorize(STAFF)
    InterviewView vote(@PathVariable long id, @RequestBody VoteRequest request) {
        return voting.vote(id, request == null ? null : request.passed());
    }

    /** The chair prepares the protocol PDF as it stands; answers the bytes to sign. */
    @PostMapping("/api/v1/interviews/{id}/protocol")
    @PreAuthorize(STAFF)
    ContentToSign prepare(@PathVariable long id) {
        return ContentToSign.of(protocols.prepareProtocol(id));
    }

    @GetMapping("/api/v1/interviews/{id}/protocol/content")
    @PreAuthorize(STAFF)
    ContentToSign content(@PathVariable long id) {
        return ContentToSign.of(protocols.contentToSign(id));
    }

    /** The chair's detached CMS (base64 or PEM) over the prepared PDF; verified against the chair's IIN. */
    @PostMapping("/api/v1/interviews/{id}/protocol/sign")
    @PreAuthorize(STAFF)
    InterviewView sign(@PathVariable long id, @RequestBody DetachedSignature signature) {
        return protocols.sign(id, signature.bytes());
    }

    @GetMapping({"/api/v1/interviews/{id}/protocol.pdf", "/commission/interviews/{id}/protocol.pdf",
            "/cabinet/interviews/{id}/protocol.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        byte[] pdf = protocols.protocol(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"interview-" + id + "-protocol.pdf\"")
                .body(pdf);
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommissionRefusal(Kind.BAD_INPUT, "commission.error.date-format", text);
        }
    }

    static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommissionRefusal(Kind.BAD_INPUT, "commission.error.time-format", text);
        }
    }
}
