package kz.attest.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's account: applicant (signs in with the IIN) or staff member (signs in with a username, works for one
 * organisation). Guards its own sign-in state: failures count up to a lock, a success clears them.
 */
class Account {

    private final Long id;
    private final Iin iin;
    private final String username;
    private final String surname;
    private final String givenName;
    private final String patronymic;
    private final String email;
    private final String phone;
    private final String passwordHash;
    private final String organisationId;
    private final Set<Role> roles;
    private final Instant createdAt;
    private Locale language;
    private int failedSignIns;
    private Instant lockedUntil;

    Account(Long id, Iin iin, String username, String surname, String givenName, String patronymic, String email,
            String phone, String passwordHash, String organisationId, Set<Role> roles, Instant createdAt,
            Locale language, int failedSignIns, Instant lockedUntil) {
        if (iin == null && username == null) {
            throw new IllegalArgumentException("an account needs an IIN or a username");
        }
        this.id = id;
        this.iin = iin;
        this.username = username;
        this.surname = Objects.requireNonNull(surname);
        this.givenName = Objects.requireNonNull(givenName);
        this.patronymic = patronymic;
        this.email = email;
        this.phone = phone;
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.organisationId = organisationId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
        this.language = Objects.requireNonNull(language);
        this.failedSignIns = failedSignIns;
        this.lockedUntil = lockedUntil;
    }

    /** A new applicant from a registration every rule accepted. */
    static Account registerApplicant(RegistrationRules.ValidRegistration registration, String passwordHash, Instant now) {
        return new Account(null, registration.iin(), null, registration.surname(), registration.givenName(),
                registration.patronymic(), registration.email().value(), registration.phone().value(), passwordHash,
                null, Set.of(Role.APPLICANT), now, registration.language(), 0, null);
    }

    /** A new staff member of an organisation. */
    static Account staff(String username, String surname, String givenName, Set<Role> roles, String organisationId,
                         String passwordHash, Locale language, Instant now) {
        if (roles.stream().noneMatch(Role::isStaff)) {
            throw new IllegalArgumentException("a staff account needs a staff role");
        }
        return new Account(null, null, username.toLowerCase(Locale.ROOT), surname, givenName, null, null, null,
                passwordHash, organisationId, roles, now, language, 0, null);
    }

    /** A new applicant with a known IIN (demonstration data). */
    static Account applicant(Iin iin, String surname, String givenName, String email, String phone,
                             String passwordHash, Locale language, Instant now) {
        return new Account(null, iin, null, surname, givenName, null, email, phone, passwordHash, null,
                Set.of(Role.APPLICANT), now, language, 0, null);
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * A wrong password. The last allowed failure locks the account and starts counting afresh; an expired lock is
     * cleared first, so its end is recorded.
     */
    SignInChange recordFailedSignIn(Instant now, LockoutPolicy policy) {
        if (isLockedAt(now)) {
            return SignInChange.NONE;   // refused before the password was checked: not a guess
        }
        boolean lockExpired = lockedUntil != null;
        lockedUntil = null;
        failedSignIns++;
        if (failedSignIns >= policy.maxFailures()) {
            failedSignIns = 0;
            lockedUntil = now.plus(policy.lockDuration());
            return SignInChange.LOCKED;
        }
        return lockExpired ? SignInChange.UNLOCKED_AND_FAILED : SignInChange.FAILED;
    }

    /** A correct password: the failure count and any expired lock are cleared. */
    SignInChange recordSuccessfulSignIn(Instant now) {
        if (isLockedAt(now)) {
            throw new IllegalStateException("a locked account cannot sign in");
        }
        boolean lockExpired = lockedUntil != null;
        failedSignIns = 0;
        lockedUntil = null;
        return lockExpired ? SignInChange.UNLOCKED : SignInChange.NONE;
    }

    /** Remembers the language the person chose; true when it changed. */
    boolean switchLanguage(Locale newLanguage) {
        if (language.getLanguage().equals(newLanguage.getLanguage())) {
            return false;
        }
        language = newLanguage;
        return true;
    }

    String login() {
        return iin != null ? iin.value() : username;
    }

    String fullName() {
        return Stream.of(surname, givenName, patronymic).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    SignedInUser asSignedInUser() {
        return new SignedInUser(id, login(), iin == null ? null : iin.value(), fullName(), roles, organisationId,
                language);
    }

    Long id() { return id; }
    Iin iin() { return iin; }
    String username() { return username; }
    String surname() { return surname; }
    String givenName() { return givenName; }
    String patronymic() { return patronymic; }
    String email() { return email; }
    String phone() { return phone; }
    String passwordHash() { return passwordHash; }
    String organisationId() { return organisationId; }
    Set<Role> roles() { return EnumSet.copyOf(roles); }
    Instant createdAt() { return createdAt; }
    Locale language() { return language; }
    int failedSignIns() { return failedSignIns; }
    Instant lockedUntil() { return lockedUntil; }

    /** What a sign-in attempt changed, for the audit log. */
    enum SignInChange { NONE, FAILED, LOCKED, UNLOCKED, UNLOCKED_AND_FAILED }
}
