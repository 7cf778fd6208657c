package kz.attest.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.function.Supplier;

/** Calls a service as a signed-in account would, outside a request (the security context of this thread only). */
public final class SignedIn {

    private SignedIn() {
    }

    /** {@code action}'s result with {@code login} (as {@code users} knows it) signed in; signed out afterwards. */
    public static <T> T as(UserDetailsService users, String login, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
