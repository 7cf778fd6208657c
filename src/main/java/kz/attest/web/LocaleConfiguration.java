package kz.attest.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/**
 * Kazakh, Russian and English. {@code ?lang=kk|ru|en} switches; the choice is kept in a cookie, and the identity
 * module stores it per user and restores it at sign-in.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SupportedLocaleResolver(SupportedLocales.COOKIE);
        // a first visit (no cookie yet) follows the browser's Accept-Language among kk, ru, en (issue 14)
        resolver.setDefaultLocaleFunction(LocaleConfiguration::fromBrowser);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** The best of the browser's Accept-Language the platform speaks; Russian when it names none of them. */
    static Locale fromBrowser(jakarta.servlet.http.HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return SupportedLocales.DEFAULT;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SupportedLocales.ALL);
            return best != null ? best : SupportedLocales.DEFAULT;
        } catch (IllegalArgumentException malformed) {
            return SupportedLocales.DEFAULT;
        }
    }

    /** Falls back to the default for any language the platform does not speak. */
    static final class SupportedLocaleResolver extends CookieLocaleResolver {
        SupportedLocaleResolver(String cookieName) {
            super(cookieName);
        }

        @Override
        public void setLocale(jakarta.servlet.http.HttpServletRequest request,
                              jakarta.servlet.http.HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : SupportedLocales.orDefault(locale));
        }

        /** Every reader of the request's locale (not only {@link #resolveLocale}) gets a supported one, lazily. */
        @Override
        public org.springframework.context.i18n.LocaleContext resolveLocaleContext(
                jakarta.servlet.http.HttpServletRequest request) {
            org.springframework.context.i18n.LocaleContext parsed = super.resolveLocaleContext(request);
            return new org.springframework.context.i18n.TimeZoneAwareLocaleContext() {
                @Override
                public Locale getLocale() {
                    return resolveLocale(request);
                }

                @Override
                public java.util.TimeZone getTimeZone() {
                    return parsed instanceof org.springframework.context.i18n.TimeZoneAwareLocaleContext zoned
                            ? zoned.getTimeZone() : null;
                }
            };
        }

        /**
         * An API request that names its language (Accept-Language) gets it, whatever the browser's cookie says; an
         * explicit {@code ?lang=} on the request still wins over the header.
         */
        @Override
        public Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                    && request.getHeader("Accept-Language") != null && request.getParameter("lang") == null) {
                return fromBrowser(request);
            }
            return SupportedLocales.orDefault(super.resolveLocale(request));
        }
    }
}
