package kz.attest.commission;

import kz.attest.audit.AuditLog;
import kz.attest.identity.Accounts;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Role;
import kz.attest.identity.SignedInUser;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * A provider's attestation commission (seeds 001, 002): its name, chair, members and secretary, managed by the
 * provider's head or officers; another organisation's staff are refused (403).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Commissions {

    static final String ENTITY = "Commission";

    private final CommissionRows rows;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    /** The organisation's commission, for its staff (empty when none was formed). */
    @Transactional(readOnly = true)
    public Optional<CommissionView> of(String organisationId) {
        currentUser.requireMemberOf(organisationId);
        return view(organisationId);
    }

    Optional<CommissionView> view(String organisationId) {
        return rows.name(organisationId).map(name -> new CommissionView(organisationId, name,
                rows.members(organisationId).stream().map(m -> {
                    Optional<SignedInUser> account = accounts.find(m.accountId());
                    return new CommissionView.Member(m.accountId(), account.map(SignedInUser::login).orElse("?"),
                            account.map(SignedInUser::fullName).orElse("?"), m.role());
                }).toList()));
    }

    /** Forms the commission or renames it (head or officer of the organisation). */
    @Transactional
    public CommissionView form(String organisationId, String name) {
        SignedInUser manager = manager(organisationId);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 255) {
            throw new CommissionRefusal(Kind.BAD_INPUT, "commission.error.name-required");
        }
        boolean created = rows.upsert(organisationId, clean, manager.login(), clock.instant());
        audit.record(manager.login(), created ? "commission.formed" : "commission.renamed", ENTITY, organisationId,
                clean);
        return view(organisationId).orElseThrow();
    }

    /** Adds a staff member of the organisation to the commission, or changes their role. */
    @Transactional
    public CommissionView putMember(String organisationId, String login, String role) {
        SignedInUser manager = manager(organisationId);
        if (rows.name(organisationId).isEmpty()) {
            throw new CommissionRefusal(Kind.WRONG_STATE, "commission.error.no-commission");
        }
        MemberRole memberRole = parseRole(role);
        SignedInUser member = (login == null ? Optional.<SignedInUser>empty() : accounts.findByLoginName(login.strip()))
                .filter(SignedInUser::isStaff)
                .filter(a -> organisationId.equals(a.organisationId()))
                .orElseThrow(() -> new CommissionRefusal(Kind.BAD_INPUT, "commission.error.not-staff", login));
        rows.put(organisationId, member.accountId(), memberRole, manager.login(), clock.instant());
        audit.record(manager.login(), "commission.member-set", ENTITY, organisationId,
                member.login() + " as " + memberRole);
        return view(organisationId).orElseThrow();
    }

    /** Removes a member from the commission. */
    @Transactional
    public CommissionView removeMember(String organisationId, String login) {
        SignedInUser manager = manager(organisationId);
        SignedInUser member = accounts.findByLoginName(login == null ? "" : login.strip())
                .orElseThrow(() -> new CommissionRefusal(Kind.NOT_FOUND, "commission.error.not-member", login));
        if (!rows.remove(organisationId, member.accountId())) {
            throw new CommissionRefusal(Kind.NOT_FOUND, "commission.error.not-member", login);
        }
        audit.record(manager.login(), "commission.member-removed", ENTITY, organisationId, member.login());
        return view(organisationId).orElseThrow();
    }

    /** The signed-in person's role in the organisation's commission, if they are on it. */
    Optional<MemberRole> roleOf(String organisationId, long accountId) {
        return rows.role(organisationId, accountId);
    }

    /** Whether the signed-in staff member may manage the organisation's commission (its head or officers). */
    boolean manages(SignedInUser user, String organisationId) {
        return (user.hasRole(Role.PROVIDER_HEAD) || user.hasRole(Role.PROVIDER_OFFICER))
                && organisationId.equals(user.organisationId());
    }

    private SignedInUser manager(String organisationId) {
        SignedInUser user = currentUser.requireMemberOf(organisationId);
        if (!manages(user, organisationId)) {
            throw new CommissionRefusal(Kind.NOT_ALLOWED, "commission.error.managers-only");
        }
        return user;
    }

    private static MemberRole parseRole(String role) {
        try {
            return MemberRole.valueOf((role == null || role.isBlank() ? "MEMBER" : role.strip()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommissionRefusal(Kind.BAD_INPUT, "commission.error.role-unknown", role);
        }
    }
}
