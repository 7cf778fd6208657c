package kz.attest.identity;

import kz.attest.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Accounts of applicants and staff: registration, sign-in bookkeeping, language preference. */
@Service
public class Accounts {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    static final String ENTITY = "Account";

    private final AccountRows rows;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final LockoutPolicy lockoutPolicy;

    Accounts(AccountRows rows, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock,
             IdentityProperties properties) {
        this.rows = rows;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.lockoutPolicy = properties.lockoutPolicy();
    }

    /**
     * Registers an applicant (seed 001 registration form). Every field is checked first; any refusal, including an
     * IIN that already has an account, throws {@link RegistrationRefused} and stores nothing.
     *
     * @return the new account's id
     */
    @Transactional
    public long register(ApplicantRegistration registration) {
        RegistrationRules.ValidRegistration valid =
                RegistrationRules.validate(registration, LocalDate.now(clock.withZone(ALMATY)));
        if (rows.iinTaken(valid.iin())) {
            throw iinTaken();
        }
        Account account = Account.registerApplicant(valid, passwordEncoder.encode(valid.password()), clock.instant());
        long id;
        try {
            id = rows.insert(account);
        } catch (DuplicateKeyException raced) {
            // two registrations with one IIN at the same moment: the unique constraint lets only one through
            throw iinTaken();
        }
        auditLog.record(account.login(), "account.registered", ENTITY, Long.toString(id),
                "applicant registered, language " + account.language().getLanguage());
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<SignedInUser> find(long accountId) {
        return rows.findById(accountId).map(Account::asSignedInUser);
    }

    /** People's full names by account id, in one query; an unknown id is left out. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> fullNames(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        rows.findAll(java.util.Set.copyOf(accountIds)).forEach(account -> names.put(account.id(), account.fullName()));
        return names;
    }

    /** The person's e-mail, phone and language, for notices; empty for an unknown account. */
    @Transactional(readOnly = true)
    public Optional<ContactDetails> contacts(long accountId) {
        return rows.findById(accountId)
                .map(account -> new ContactDetails(account.email(), account.phone(), account.language()));
    }

    /** Remembers the language a signed-in person switched to, so the next sign-in restores it. */
    @Transactional
    public void rememberLanguage(long accountId, Locale language) {
        rows.findByIdForUpdate(accountId).ifPresent(account -> {
            if (account.switchLanguage(language)) {
                rows.updateLanguage(account);
                auditLog.record(account.login(), "account.language-changed", ENTITY, Long.toString(accountId),
                        "language " + language.getLanguage());
            }
        });
    }

    /**
     * Checks a login and password outside the browser (the command-line tools): a wrong password counts towards the
     * lockout like the sign-in form's, a locked account is refused, a success is audited as a sign-in.
     *
     * @return the person, or empty when the login is unknown, the password wrong or the account locked
     */
    @Transactional
    public Optional<SignedInUser> authenticate(String login, char[] password) {
        String normalised = AccountUserDetailsService.normalise(login);
        Optional<Account> account = rows.findByLogin(normalised);
        if (account.isEmpty() || account.get().isLockedAt(clock.instant())) {
            return Optional.empty();
        }
        if (!passwordEncoder.matches(new String(password), account.get().passwordHash())) {
            recordFailedSignIn(normalised);
            return Optional.empty();
        }
        recordSuccessfulSignIn(account.get().id());
        return find(account.get().id());
    }

    /** Counts a wrong password for the login, locking the account at the limit; true when it is now locked. */
    @Transactional
    boolean recordFailedSignIn(String login) {
        return rows.findByLoginForUpdate(login).map(account -> {
            Account.SignInChange change = account.recordFailedSignIn(clock.instant(), lockoutPolicy);
            if (change != Account.SignInChange.NONE) {
                rows.updateSignInState(account);
            }
            String id = Long.toString(account.id());
            switch (change) {
                case LOCKED -> auditLog.record(account.login(), "account.locked", ENTITY, id,
                        "locked until " + account.lockedUntil() + " after " + lockoutPolicy.maxFailures()
                                + " failed sign-ins");
                case UNLOCKED_AND_FAILED -> {
                    auditLog.record(account.login(), "account.unlocked", ENTITY, id, "lock expired");
                    auditLog.record(account.login(), "account.sign-in-failed", ENTITY, id, "wrong password");
                }
                case FAILED -> auditLog.record(account.login(), "account.sign-in-failed", ENTITY, id,
                        "wrong password, " + account.failedSignIns() + " in a row");
                default -> {
                }
            }
            return account.isLockedAt(clock.instant());
        }).orElse(false);
    }

    /** Clears failures and an expired lock after a correct password. */
    @Transactional
    void recordSuccessfulSignIn(long accountId) {
        rows.findByIdForUpdate(accountId).ifPresent(account -> {
            Account.SignInChange change = account.recordSuccessfulSignIn(clock.instant());
            rows.updateSignInState(account);
            String id = Long.toString(accountId);
            if (change == Account.SignInChange.UNLOCKED) {
                auditLog.record(account.login(), "account.unlocked", ENTITY, id, "lock expired");
            }
            auditLog.record(account.login(), "account.signed-in", ENTITY, id, "signed in");
        });
    }

    @Transactional(readOnly = true)
    Optional<Account> findByLogin(String login) {
        return rows.findByLogin(login);
    }

    /** Creates an account unless its login exists; true when created. For demonstration data. */
    @Transactional
    boolean createIfAbsent(Account account, String summary) {
        if (rows.findByLogin(account.login()).isPresent()) {
            return false;
        }
        long id = rows.insert(account);
        auditLog.record("system", "account.created", ENTITY, Long.toString(id), summary);
        return true;
    }

    long lockMinutes() {
        return lockoutPolicy.lockMinutes();
    }

    private static RegistrationRefused iinTaken() {
        return new RegistrationRefused(List.of(new FieldRefusal("iin", "identity.iin.taken")));
    }

    String encode(String rawPassword) {
        return passwordEncoder.encode(rawPassword);
    }

    /** The account of an IIN (applicants) or username (staff), e.g. to notify a person known by IIN; empty if none. */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> findByLoginName(String login) {
        return rows.findByLogin(login).flatMap(account -> find(account.id()));
    }

    /** Ids of the staff accounts of an organisation (to notify the organisation, e.g. the testing operator). */
    @Transactional(readOnly = true)
    public List<Long> staffOf(String organisationId) {
        return rows.idsOfOrganisation(organisationId);
    }

    /** The accounts of an organisation's staff holding a role (e.g. its heads, to tell them of overdue steps). */
    @Transactional(readOnly = true)
    public List<Long> staffWithRole(String organisationId, Role role) {
        return rows.staffWithRole(organisationId, role);
    }
}
