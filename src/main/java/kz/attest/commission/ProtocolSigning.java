package kz.attest.commission;

import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.codec.digest.DigestUtils;
import kz.attest.audit.AuditLog;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceCode;
import kz.attest.identity.SignedInUser;
import kz.attest.identity.StaffDirectory;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import kz.attest.signature.SignatureCheck;
import kz.attest.signature.SignatureRequest;
import kz.attest.signature.SignatureVerifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The interview's protocol: the chair prepares the PDF (Kazakh and Russian) and signs it with EDS, which closes the
 * interview, tells the candidate and announces {@link InterviewConcluded}.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProtocolSigning {

    private static final String CHAIR_ONLY = "commission.error.chair-only";

    private final InterviewRows rows;
    private final InterviewQueries queries;
    private final Commissions commissions;
    private final Catalogue catalogue;
    private final Protocols protocols;
    private final StaffDirectory staff;
    private final SignatureVerifier verifier;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /**
     * The chair prepares the protocol: the PDF (Kazakh, then Russian) of the interview as it stands, kept as the bytes
     * to sign. Needs an outcome (more than half of the voting members voted, the chair among them). Any later change
     * makes it outdated; the chair then prepares it again.
     */
    @Transactional
    public byte[] prepareProtocol(long id) {
        InterviewRows.Row row = planned(id);
        SignedInUser chair = queries.member(row, role -> role == MemberRole.CHAIR, CHAIR_ONLY);
        InterviewView view = queries.view(row);
        Interview.outcome(view);
        byte[] pdf = protocols.render(view, commissions.view(row.organisationId()).orElseThrow(), catalogue);
        rows.storeProtocol(id, pdf, row.version(), clock.instant());
        audit.record(chair.login(), "commission.protocol-prepared", Interview.ENTITY, Long.toString(id),
                "version " + row.version() + ", sha256 " + DigestUtils.sha256Hex(pdf));
        return pdf;
    }

    /** The bytes the chair signs: the prepared protocol, if nothing changed since (409 otherwise). */
    @Transactional
    public byte[] contentToSign(long id) {
        Interview interview = Interview.planned(queries.lockedForChange(id));
        queries.member(interview.row(), role -> role == MemberRole.CHAIR, CHAIR_ONLY);
        return interview.currentProtocol();
    }

    /** The protocol PDF: the signed one once concluded, else the prepared one (404 if none). */
    @Transactional(readOnly = true)
    public byte[] protocol(long id) {
        InterviewView view = queries.get(id);   // visibility
        if (!view.concluded() && !queries.staffSignedIn()) {
            throw InterviewRefusal.noProtocol();   // the candidate sees the signed one only
        }
        return rows.find(id).map(InterviewRows.Row::protocolPdf).orElseThrow(InterviewRefusal::noProtocol);
    }

    /**
     * The chair's detached CMS over the prepared PDF, verified against the chair's IIN; closes the interview. The
     * verification runs outside a transaction (it may ask the OCSP responder).
     */
    public InterviewView sign(long id, byte[] cms) {
        InterviewRows.Row row = transaction.execute(status -> planned(id));
        SignedInUser chair = transaction.execute(status ->
                queries.member(row, role -> role == MemberRole.CHAIR, CHAIR_ONLY));
        byte[] pdf = Interview.planned(row).currentProtocol();
        if (cms == null || cms.length == 0) {
            throw new InterviewRefusal(Kind.BAD_INPUT, "commission.error.signature-required");
        }
        String iin = staff.signingIin(chair.accountId())
                .orElseThrow(() -> new InterviewRefusal(Kind.NOT_ALLOWED, "commission.error.no-signing-iin"));
        SignatureCheck check = verifier.verify(SignatureRequest.detached(cms, pdf, iin)).orThrow();
        return transaction.execute(status -> {
            InterviewView view = queries.view(rows.lock(id).orElseThrow());
            InterviewView.Tally tally = Interview.outcome(view);
            Instant now = clock.instant();
            if (!rows.conclude(id, row.version(), tally.passed(), tally.decidedByChair(), chair.login(),
                    check.signer() == null ? null : check.signer().subject(), cms, now)) {
                throw InterviewRefusal.protocolOutdated();
            }
            audit.record(chair.login(), "commission.protocol-signed", Interview.ENTITY, Long.toString(id),
                    (tally.passed() ? "passed" : "failed") + (tally.decidedByChair() ? " (tie, chair's vote)" : "")
                            + ", " + tally.pass() + " for, " + tally.fail() + " against; signed by "
                            + (check.signer() == null ? iin : check.signer().commonName()) + " (IIN " + iin + ")");
            Map<String, String> parameters = new HashMap<>();
            parameters.put("service", row.service());
            parameters.put("reference", row.registrationNumber());
            parameters.put("outcome", tally.passed() ? "+" : "-");
            notifications.notify(new Notice(row.accountId(), tally.passed() ? "commission.interview-passed"
                    : "commission.interview-failed", parameters, Set.of(Channel.CABINET, Channel.SMS, Channel.EMAIL),
                    Interview.ENTITY, Long.toString(id)));
            events.publishEvent(new InterviewConcluded(id, row.sittingId(), row.applicationId(), row.accountId(),
                    new ServiceCode(row.service()), row.organisationId(), tally.passed(), tally.decidedByChair(), now));
            return queries.view(id);
        });
    }

    private InterviewRows.Row planned(long id) {
        return Interview.planned(queries.lockedForChange(id)).row();
    }
}
