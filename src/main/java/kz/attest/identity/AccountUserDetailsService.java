package kz.attest.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Finds the account for the sign-in form's "IIN or username". A locked account is reported as locked, so Spring
 * Security refuses it before even checking the password.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;
    private final Clock clock;

    @Override
    public UserDetails loadUserByUsername(String login) {
        String normalised = normalise(login);
        return accounts.findByLogin(normalised)
                .map(account -> new AccountPrincipal(account.id(), account.login(), account.passwordHash(),
                        new ArrayList<>(account.roles()), account.isLockedAt(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    /** IINs are digits; usernames are stored in lower case. */
    static String normalise(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }
}
