package kz.attest.commission;

import kz.attest.application.AdmittedCandidate;
import kz.attest.application.Applications;
import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ExpertSpecialty;
import kz.attest.catalogue.InterviewRules;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.TermUnit;
import kz.attest.delivery.SittingCompleted;
import kz.attest.identity.Accounts;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.SignedInUser;
import kz.attest.identity.StaffDirectory;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import kz.attest.signature.SignatureCheck;
import kz.attest.signature.SignatureRequest;
import kz.attest.signature.SignatureVerifier;
import kz.attest.web.LocalizedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The commission interview (seeds 001, 002). A sitting passed for a service whose catalogue entry switches the
 * interview on makes an interview pending; the chair or secretary plans its slot (seed 001: the same day 15:00, ending
 * by 17:00; the duration from the catalogue) in a room or online (an https link) and the candidate is told; the members
 * record the questions asked (at most {@link InterviewRules#maxQuestionsPerSpecialty()} per expert specialty) and vote;
 * the chair prepares the protocol (a PDF in Kazakh and Russian) and signs it with EDS; then the interview is closed.
 */
@Service
public class Interviews {

    static final String ENTITY = "Interview";
    private static final int MAX_TEXT = 4000;

    private final InterviewRows rows;
    private final Commissions commissions;
    private final Applications applications;
    private final Catalogue catalogue;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final StaffDirectory staff;
    private final SignatureVerifier verifier;
    private final Notifications notifications;
    private final Protocols protocols;
    private final WorkingCalendar calendar;
    private final CommissionProperties properties;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Interviews(InterviewRows rows, Commissions commissions, Applications applications, Catalogue catalogue,
               Accounts accounts, CurrentUser currentUser, StaffDirectory staff, SignatureVerifier verifier,
               Notifications notifications, Protocols protocols, WorkingCalendar calendar,
               CommissionProperties properties, ApplicationEventPublisher events, AuditLog audit,
               TransactionTemplate transaction, Clock clock) {
        this.rows = rows;
        this.commissions = commissions;
        this.applications = applications;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.staff = staff;
        this.verifier = verifier;
        this.notifications = notifications;
        this.protocols = protocols;
        this.calendar = calendar;
        this.properties = properties;
        this.events = events;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- pending after a passed sitting

    /**
     * A passed sitting of a service with the interview switched on makes an interview pending for its application
     * (once per sitting, however often the event arrives). Kept in the scoring transaction like the results register.
     */
    @EventListener
    @Transactional(propagation = Propagation.REQUIRED)
    public void on(SittingCompleted event) {
        if (!event.passed() || event.applicationId().isEmpty()) {
            return;
        }
        if (!catalogue.find(event.service()).map(ServiceDefinition::interviewHeld).orElse(false)) {
            return;
        }
        long applicationId = event.applicationId().get();
        Optional<AdmittedCandidate> candidate = applications.admitted(Optional.of(event.service())).stream()
                .filter(c -> c.applicationId() == applicationId).findFirst();
        if (candidate.isEmpty()) {
            return;   // not an admitted application of a provider: nobody to interview for
        }
        AdmittedCandidate c = candidate.get();
        LocalDate testDay = event.completedAt().atZone(WorkingCalendar.ZONE).toLocalDate();
        if (rows.insertPending(event.sittingId(), applicationId, c.registrationNumber(), c.accountId(),
                c.applicantIin(), event.service().value(), c.providerId(), c.specialties(), testDay, clock.instant())) {
            audit.record("system", "commission.interview-pending", ENTITY, event.sittingId().toString(),
                    "application " + c.registrationNumber() + ", " + event.service() + ", provider " + c.providerId()
                            + ", test day " + testDay);
        }
    }

    // ---------------------------------------------------------------- reading

    /** The interviews of the organisation, for its commission and its head and officers. */
    @Transactional(readOnly = true)
    public List<InterviewView> ofOrganisation(String organisationId) {
        SignedInUser user = currentUser.requireMemberOf(organisationId);
        if (commissions.roleOf(organisationId, user.accountId()).isEmpty() && !commissions.manages(user, organisationId)) {
            throw LocalizedException.forbidden("commission.error.commission-only");
        }
        return rows.ofOrganisation(organisationId).stream().map(this::view).toList();
    }

    /** One interview, for its candidate or the staff of its organisation (commission, head, officers). */
    @Transactional(readOnly = true)
    public InterviewView get(long id) {
        InterviewRows.Row row = rows.find(id).orElseThrow(Interviews::notFound);
        SignedInUser user = currentUser.require();
        if (user.isStaff()) {
            currentUser.requireMemberOf(row.organisationId());
            if (commissions.roleOf(row.organisationId(), user.accountId()).isEmpty()
                    && !commissions.manages(user, row.organisationId())) {
                throw LocalizedException.forbidden("commission.error.commission-only");
            }
        } else if (row.accountId() != user.accountId()) {
            throw notFound();
        }
        return view(row);
    }

    /** The signed-in candidate's interviews, newest first. */
    @Transactional(readOnly = true)
    public List<InterviewView> mine() {
        return rows.ofAccount(currentUser.require().accountId()).stream().map(this::view).toList();
    }

    /** The pending interview of a sitting, if any (for tests and other pages). */
    @Transactional(readOnly = true)
    public Optional<InterviewView> ofSitting(UUID sittingId) {
        return rows.bySitting(sittingId).map(this::view);
    }

    // ---------------------------------------------------------------- planning

    /**
     * The chair or secretary plans (or re-plans) the slot: the day (default: the test day), the start (default: the
     * window's start, 15:00), a room or an https link — exactly one. The candidate is told in the cabinet, by SMS and
     * e-mail.
     */
    @Transactional
    public InterviewView plan(long id, LocalDate date, LocalTime time, String room, String link) {
        InterviewRows.Row row = open(id);
        SignedInUser user = member(row, MemberRole::plans, "commission.error.planners-only");
        LocalDate day = date != null ? date : row.testDay();
        LocalTime start = time != null ? time : properties.dayStart();
        String cleanRoom = blankToNull(room);
        String cleanLink = blankToNull(link);
        if ((cleanRoom == null) == (cleanLink == null)) {
            throw LocalizedException.badRequest("commission.error.place-exactly-one");
        }
        if (cleanRoom != null && cleanRoom.length() > 255) {
            throw LocalizedException.badRequest("commission.error.room-too-long");
        }
        if (cleanLink != null && !httpsLink(cleanLink)) {
            throw LocalizedException.badRequest("commission.error.link-https");
        }
        Duration duration = duration(row);
        LocalTime end = start.plus(duration);
        if (start.isBefore(properties.dayStart()) || end.isAfter(properties.dayEnd()) || end.isBefore(start)) {
            throw LocalizedException.badRequest("commission.error.outside-window", properties.dayStart().toString(),
                    properties.dayEnd().toString());
        }
        if (day.isBefore(row.testDay())) {
            throw LocalizedException.badRequest("commission.error.before-test-day", row.testDay().toString());
        }
        if (!calendar.isWorkingDay(day)) {
            throw LocalizedException.badRequest("commission.error.not-working-day", day.toString());
        }
        Instant startsAt = ZonedDateTime.of(day, start, WorkingCalendar.ZONE).toInstant();
        if (startsAt.isBefore(clock.instant())) {
            throw LocalizedException.badRequest("commission.error.slot-in-past");
        }
        Instant endsAt = startsAt.plus(duration);
        rows.plan(id, startsAt, endsAt, cleanRoom, cleanLink, user.login());
        audit.record(user.login(), "commission.interview-planned", ENTITY, Long.toString(id),
                day + " " + start + "–" + end + ", " + (cleanRoom != null ? "room " + cleanRoom : "online " + cleanLink));
        Map<String, String> parameters = new HashMap<>();
        parameters.put("service", row.service());
        parameters.put("date", day.toString());
        parameters.put("time", start + "–" + end);
        parameters.put("place", cleanRoom != null ? cleanRoom : cleanLink);
        parameters.put("reference", row.registrationNumber());
        notifications.notify(new Notice(row.accountId(), "commission.interview-planned", parameters,
                Set.of(Channel.CABINET, Channel.SMS, Channel.EMAIL), ENTITY, Long.toString(id)));
        return view(rows.find(id).orElseThrow());
    }

    // ---------------------------------------------------------------- questions and votes

    /** A member records a question asked, tagged with the expert specialty (at most so many per specialty: 409). */
    @Transactional
    public InterviewView ask(long id, String specialty, String text) {
        InterviewRows.Row row = planned(id);
        SignedInUser user = member(row, role -> true, "commission.error.members-only");
        String code = specialty == null ? "" : specialty.strip();
        if (!specialtiesOf(row).contains(code)) {
            throw LocalizedException.badRequest("commission.error.specialty-unknown", code);
        }
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > MAX_TEXT) {
            throw LocalizedException.badRequest("commission.error.question-text", MAX_TEXT);
        }
        int max = rules(row).maxQuestionsPerSpecialty();
        if (rows.questionCount(id, code) >= max) {
            throw LocalizedException.conflict("commission.error.too-many-questions", specialtyName(code), max);
        }
        long question = rows.addQuestion(id, code, clean, user.login(), clock.instant());
        audit.record(user.login(), "commission.question-asked", ENTITY, Long.toString(id),
                "question " + question + " (" + code + ")");
        return view(rows.find(id).orElseThrow());
    }

    /** A voting member (chair or member) votes pass or fail; a new vote replaces theirs until the protocol is signed. */
    @Transactional
    public InterviewView vote(long id, Boolean passed) {
        InterviewRows.Row row = planned(id);
        SignedInUser user = member(row, MemberRole::votes, "commission.error.voting-members-only");
        if (passed == null) {
            throw LocalizedException.badRequest("commission.error.vote-required");
        }
        rows.vote(id, user.accountId(), passed, clock.instant());
        audit.record(user.login(), "commission.vote-cast", ENTITY, Long.toString(id), passed ? "pass" : "fail");
        return view(rows.find(id).orElseThrow());
    }

    // ---------------------------------------------------------------- protocol

    /**
     * The chair prepares the protocol: the PDF (Kazakh, then Russian) of the interview as it stands, kept as the bytes
     * to sign. Needs an outcome (more than half of the voting members voted, the chair among them). Any later change
     * makes it outdated; the chair then prepares it again.
     */
    @Transactional
    public byte[] prepareProtocol(long id) {
        InterviewRows.Row row = planned(id);
        SignedInUser chair = member(row, role -> role == MemberRole.CHAIR, "commission.error.chair-only");
        InterviewView view = view(row);
        requireOutcome(view);
        byte[] pdf = protocols.render(view, commissions.view(row.organisationId()).orElseThrow(), catalogue);
        rows.storeProtocol(id, pdf, row.version(), clock.instant());
        audit.record(chair.login(), "commission.protocol-prepared", ENTITY, Long.toString(id),
                "version " + row.version() + ", sha256 " + Protocols.sha256(pdf));
        return pdf;
    }

    /** The bytes the chair signs: the prepared protocol, if nothing changed since (409 otherwise). */
    @Transactional
    public byte[] contentToSign(long id) {
        InterviewRows.Row row = planned(id);
        member(row, role -> role == MemberRole.CHAIR, "commission.error.chair-only");
        if (row.protocolPdf() == null || row.protocolVersion() == null || row.protocolVersion() != row.version()) {
            throw LocalizedException.conflict("commission.error.protocol-outdated");
        }
        return row.protocolPdf();
    }

    /** The protocol PDF: the signed one once concluded, else the prepared one (404 if none). */
    @Transactional(readOnly = true)
    public byte[] protocol(long id) {
        InterviewView view = get(id);   // visibility
        if (!view.concluded() && currentUser.current().map(u -> !u.isStaff()).orElse(true)) {
            throw LocalizedException.notFound("commission.error.no-protocol");   // the candidate sees the signed one only
        }
        return rows.find(id).map(InterviewRows.Row::protocolPdf)
                .orElseThrow(() -> LocalizedException.notFound("commission.error.no-protocol"));
    }

    /** The chair's detached CMS over the prepared PDF, detached, verified against the chair's IIN; closes the interview. */
    public InterviewView sign(long id, byte[] cms) {
        InterviewRows.Row row = transaction.execute(status -> planned(id));
        SignedInUser chair = transaction.execute(status ->
                member(row, role -> role == MemberRole.CHAIR, "commission.error.chair-only"));
        if (row.protocolPdf() == null || row.protocolVersion() == null || row.protocolVersion() != row.version()) {
            throw LocalizedException.conflict("commission.error.protocol-outdated");
        }
        if (cms == null || cms.length == 0) {
            throw LocalizedException.badRequest("commission.error.signature-required");
        }
        String iin = staff.signingIin(chair.accountId())
                .orElseThrow(() -> LocalizedException.forbidden("commission.error.no-signing-iin"));
        SignatureCheck check = verifier.verify(SignatureRequest.detached(cms, row.protocolPdf(), iin)).orThrow();
        return transaction.execute(status -> {
            InterviewView view = view(rows.lock(id).orElseThrow());
            InterviewView.Tally tally = requireOutcome(view);
            Instant now = clock.instant();
            if (!rows.conclude(id, row.version(), tally.passed(), tally.decidedByChair(), chair.login(),
                    check.signer() == null ? null : check.signer().subject(), cms, now)) {
                throw LocalizedException.conflict("commission.error.protocol-outdated");
            }
            audit.record(chair.login(), "commission.protocol-signed", ENTITY, Long.toString(id),
                    (tally.passed() ? "passed" : "failed") + (tally.decidedByChair() ? " (tie, chair's vote)" : "")
                            + ", " + tally.pass() + " for, " + tally.fail() + " against; signed by "
                            + (check.signer() == null ? iin : check.signer().commonName()) + " (IIN " + iin + ")");
            Map<String, String> parameters = new HashMap<>();
            parameters.put("service", row.service());
            parameters.put("reference", row.registrationNumber());
            parameters.put("outcome", tally.passed() ? "+" : "-");
            notifications.notify(new Notice(row.accountId(), tally.passed() ? "commission.interview-passed"
                    : "commission.interview-failed", parameters, Set.of(Channel.CABINET, Channel.SMS, Channel.EMAIL),
                    ENTITY, Long.toString(id)));
            events.publishEvent(new InterviewConcluded(id, row.sittingId(), row.applicationId(), row.accountId(),
                    new ServiceCode(row.service()), row.organisationId(), tally.passed(), tally.decidedByChair(), now));
            return view(rows.find(id).orElseThrow());
        });
    }

    // ---------------------------------------------------------------- helpers

    private InterviewView.Tally requireOutcome(InterviewView view) {
        InterviewView.Tally tally = view.tally();
        boolean chairVoted = view.votes().stream().anyMatch(v -> v.role() == MemberRole.CHAIR);
        if (!chairVoted) {
            throw LocalizedException.conflict("commission.error.chair-must-vote");
        }
        if ((tally.pass() + tally.fail()) * 2 <= tally.voters()) {
            throw LocalizedException.conflict("commission.error.no-quorum", tally.pass() + tally.fail(), tally.voters());
        }
        return tally;
    }

    /** Outcome by majority of the votes cast by current voting members; a tie is decided by the chair's vote. */
    static InterviewView.Tally tally(List<InterviewView.Vote> votes, int voters) {
        int pass = (int) votes.stream().filter(InterviewView.Vote::passed).count();
        int fail = votes.size() - pass;
        if (pass != fail) {
            return new InterviewView.Tally(pass, fail, voters, pass > fail, false);
        }
        Boolean chair = votes.stream().filter(v -> v.role() == MemberRole.CHAIR).map(InterviewView.Vote::passed)
                .findFirst().orElse(null);
        return new InterviewView.Tally(pass, fail, voters, pass == 0 ? null : chair, pass > 0 && chair != null);
    }

    private InterviewView view(InterviewRows.Row row) {
        Map<Long, MemberRole> members = new HashMap<>();
        commissions.view(row.organisationId()).ifPresent(c -> c.members().forEach(m -> members.put(m.accountId(), m.role())));
        List<InterviewView.Vote> votes = rows.votes(row.id()).stream()
                .filter(v -> row.status() == InterviewStatus.CONCLUDED || members.getOrDefault(v.accountId(),
                        MemberRole.SECRETARY).votes())
                .map(v -> {
                    Optional<SignedInUser> account = accounts.find(v.accountId());
                    return new InterviewView.Vote(v.accountId(), account.map(SignedInUser::login).orElse("?"),
                            account.map(SignedInUser::fullName).orElse("?"),
                            members.getOrDefault(v.accountId(), MemberRole.MEMBER), v.passed(), v.votedAt());
                }).toList();
        int voters = (int) members.values().stream().filter(MemberRole::votes).count();
        String candidate = accounts.find(row.accountId()).map(SignedInUser::fullName).orElse(row.applicantIin());
        return new InterviewView(row.id(), row.sittingId(), row.applicationId(), row.registrationNumber(),
                row.accountId(), candidate, row.applicantIin(), row.service(), row.organisationId(),
                specialtiesOf(row), row.testDay(), row.status(), row.startsAt(), row.endsAt(), row.room(), row.link(),
                row.version(), row.protocolPdf() != null,
                row.protocolPdf() != null && row.protocolVersion() != null && row.protocolVersion() == row.version(),
                row.passed(), row.decidedByChair(), row.signedAt(), row.signedBy(), row.signerSubject(),
                rows.questions(row.id()), votes, tally(votes, voters));
    }

    /** The interview locked for a change; closed interviews refuse every change (409). */
    private InterviewRows.Row open(long id) {
        InterviewRows.Row row = rows.lock(id).orElseThrow(Interviews::notFound);
        // another organisation's staff learn nothing of the interview, not even its state (issue 13, role matrix on
        // real rows): the membership is checked before the state
        if (currentUser.current().map(SignedInUser::isStaff).orElse(false)) {
            currentUser.requireMemberOf(row.organisationId());
        }
        if (row.status() == InterviewStatus.CONCLUDED) {
            throw LocalizedException.conflict("commission.error.concluded");
        }
        return row;
    }

    private InterviewRows.Row planned(long id) {
        InterviewRows.Row row = open(id);
        if (row.status() != InterviewStatus.PLANNED) {
            throw LocalizedException.conflict("commission.error.not-planned");
        }
        return row;
    }

    private SignedInUser member(InterviewRows.Row row, java.util.function.Predicate<MemberRole> allowed, String refusal) {
        SignedInUser user = currentUser.requireMemberOf(row.organisationId());
        MemberRole role = commissions.roleOf(row.organisationId(), user.accountId())
                .orElseThrow(() -> LocalizedException.forbidden("commission.error.members-only"));
        if (!allowed.test(role)) {
            throw LocalizedException.forbidden(refusal);
        }
        return user;
    }

    private List<String> specialtiesOf(InterviewRows.Row row) {
        if (!row.specialties().isEmpty()) {
            return row.specialties();
        }
        return catalogue.specialtiesFor(new ServiceCode(row.service())).stream().map(ExpertSpecialty::code).toList();
    }

    private String specialtyName(String code) {
        try {
            return catalogue.specialty(code).name().in(org.springframework.context.i18n.LocaleContextHolder.getLocale());
        } catch (RuntimeException e) {
            return code;
        }
    }

    private InterviewRules rules(InterviewRows.Row row) {
        return catalogue.get(row.service()).interview()
                .orElseThrow(() -> LocalizedException.conflict("commission.error.no-interview"));
    }

    private Duration duration(InterviewRows.Row row) {
        var term = rules(row).duration();
        if (term == null) {
            return Duration.ofMinutes(20);
        }
        return term.unit() == TermUnit.MINUTES ? Duration.ofMinutes(term.amount()) : Duration.ofMinutes(20);
    }

    static boolean httpsLink(String link) {
        if (link.length() > 1024) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LocalizedException notFound() {
        return LocalizedException.notFound("commission.error.not-found");
    }
}
