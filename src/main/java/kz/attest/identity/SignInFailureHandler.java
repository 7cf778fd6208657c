package kz.attest.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** A refused sign-in: a wrong password counts towards the lock; the form says which of the two went wrong. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignInFailureHandler implements AuthenticationFailureHandler {

    private final Accounts accounts;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        boolean locked = exception instanceof LockedException;
        if (exception instanceof BadCredentialsException) {
            locked = accounts.recordFailedSignIn(AccountUserDetailsService.normalise(request.getParameter("username")));
        }
        redirect.sendRedirect(request, response, locked ? "/login?locked" : "/login?error");
    }
}
