package kz.attest.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.attest.web.SupportedLocales;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** When a signed-in person switches language with {@code ?lang=}, the choice is stored on the account as well. */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LanguageMemory implements WebMvcConfigurer, HandlerInterceptor {

    private final Accounts accounts;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String lang = request.getParameter("lang");
        if (lang != null && "GET".equals(request.getMethod())) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
                SupportedLocales.of(lang).ifPresent(locale -> accounts.rememberLanguage(principal.accountId(), locale));
            }
        }
        return true;
    }
}
