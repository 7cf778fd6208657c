package kz.attest.commission;

import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ExpertSpecialty;
import kz.attest.catalogue.ServiceCode;
import kz.attest.identity.Accounts;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.SignedInUser;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Who sees which interview, and the interview as the pages show it: the organisation's commission, head and officers
 * see its interviews; the candidate sees their own; each step is taken by the members whose role allows it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InterviewQueries {

    private final InterviewRows rows;
    private final Commissions commissions;
    private final Catalogue catalogue;
    private final Accounts accounts;
    private final CurrentUser currentUser;

    /** The interviews of the organisation, for its commission and its head and officers. */
    @Transactional(readOnly = true)
    public List<InterviewView> ofOrganisation(String organisationId) {
        SignedInUser user = currentUser.requireMemberOf(organisationId);
        if (commissions.roleOf(organisationId, user.accountId()).isEmpty() && !commissions.manages(user, organisationId)) {
            throw InterviewRefusal.commissionOnly();
        }
        return rows.ofOrganisation(organisationId).stream().map(this::view).toList();
    }

    /** One interview, for its candidate or the staff of its organisation (commission, head, officers). */
    @Transactional(readOnly = true)
    public InterviewView get(long id) {
        InterviewRows.Row row = rows.find(id).orElseThrow(InterviewRefusal::notFound);
        SignedInUser user = currentUser.require();
        if (user.isStaff()) {
            currentUser.requireMemberOf(row.organisationId());
            if (commissions.roleOf(row.organisationId(), user.accountId()).isEmpty()
                    && !commissions.manages(user, row.organisationId())) {
                throw InterviewRefusal.commissionOnly();
            }
        } else if (row.accountId() != user.accountId()) {
            throw InterviewRefusal.notFound();
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

    /**
     * The interview locked for a change (404 if none). Another organisation's staff learn nothing of the interview,
     * not even its state (issue 13, role matrix on real rows): the membership is checked before the state.
     */
    InterviewRows.Row lockedForChange(long id) {
        InterviewRows.Row row = rows.lock(id).orElseThrow(InterviewRefusal::notFound);
        if (currentUser.current().map(SignedInUser::isStaff).orElse(false)) {
            currentUser.requireMemberOf(row.organisationId());
        }
        return row;
    }

    /** Whether the signed-in person is staff (the candidate sees only a signed protocol). */
    boolean staffSignedIn() {
        return currentUser.current().map(SignedInUser::isStaff).orElse(false);
    }

    /** The signed-in member of the interview's commission whose role the step allows (403 otherwise). */
    SignedInUser member(InterviewRows.Row row, Predicate<MemberRole> allowed, String refusal) {
        SignedInUser user = currentUser.requireMemberOf(row.organisationId());
        MemberRole role = commissions.roleOf(row.organisationId(), user.accountId())
                .orElseThrow(() -> new InterviewRefusal(Kind.NOT_ALLOWED, "commission.error.members-only"));
        if (!allowed.test(role)) {
            throw new InterviewRefusal(Kind.NOT_ALLOWED, refusal);
        }
        return user;
    }

    /** The interview's expert specialties: those of the application, else all of the service's. */
    List<String> specialtiesOf(InterviewRows.Row row) {
        if (!row.specialties().isEmpty()) {
            return row.specialties();
        }
        return catalogue.specialtiesFor(new ServiceCode(row.service())).stream().map(ExpertSpecialty::code).toList();
    }

    InterviewView view(long id) {
        return view(rows.find(id).orElseThrow());
    }

    InterviewView view(InterviewRows.Row row) {
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
                rows.questions(row.id()), votes, Interview.tally(votes, voters));
    }
}
