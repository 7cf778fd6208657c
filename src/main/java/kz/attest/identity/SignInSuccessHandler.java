package kz.attest.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import java.io.IOException;

/**
 * After a correct password: clear the failure count, keep the language chosen on the sign-in page (and remember it)
 * or else restore the person's stored one, and go to the page they asked for, or else to their role's home page.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final Accounts accounts;
    private final LocaleResolver localeResolver;

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            accounts.recordSuccessfulSignIn(principal.accountId());
            java.util.Optional<java.util.Locale> chosen = java.util.Optional.ofNullable(request.getParameter("language"))
                    .flatMap(kz.attest.web.SupportedLocales::of);
            if (chosen.isPresent()) {
                // chosen on the sign-in page just now: it wins, and becomes the account's language
                localeResolver.setLocale(request, response, chosen.get());
                accounts.rememberLanguage(principal.accountId(), chosen.get());
            } else {
                accounts.find(principal.accountId())
                        .ifPresent(user -> localeResolver.setLocale(request, response, user.language()));
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) {
        return HomePages.of(authentication);
    }
}
