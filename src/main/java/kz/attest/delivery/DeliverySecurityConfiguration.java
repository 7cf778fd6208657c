package kz.attest.delivery;

import kz.attest.web.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The workstations' own filter chain: the candidate types no password — the one-time code from the check-in binds
 * the workstation's session to the sitting, and the delivery module checks that binding, the hall's Safe Exam
 * Browser and IP policy on every request. CSRF protection stays on; nothing from outside the application is loaded.
 */
@Configuration(proxyBeanMethods = false)
class DeliverySecurityConfiguration {

    /**
     * The script's calls with an exam token (issue 12 point 2): a lean, stateless chain. The token says which
     * workstation asks ({@link ExamTokens}); the controller opens it and the sitting's and attempt's rows decide, as
     * for a session. Nothing here reads or writes the HTTP session — no security context from the session, no saved
     * request, no CSRF token in the session — and {@link SessionlessRequests} hides the session from everything after
     * it (the dispatcher's flash maps included), so Spring Session never loads the session row nor writes its last
     * access. No CSRF check: the token travels in a header a browser never sends by itself, and another site's page
     * cannot set it without a CORS pre-flight, which this application never grants (docs/decisions-examclient.md).
     * <p>
     * What runs for a save (docs/benchmarks.md "Save path"): the firewall of Spring Security's filter chain proxy,
     * then {@link SessionlessRequests}, the security context's holder (an empty context, kept per request), the
     * security headers, the exception translation (for a refusal thrown further on) and {@link DirectSaves}.
     */
    @Bean
    @Order(19)
    SecurityFilterChain examTokenFilterChain(HttpSecurity http, ExamTokens tokens, AnswerSaves saves,
                                             tools.jackson.databind.json.JsonMapper json, java.time.Clock clock)
            throws Exception {
        org.springframework.security.web.util.matcher.RequestMatcher api =
                org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                        .matcher("/api/v1/exam/**");
        http.securityMatcher(request -> request.getHeader(ExamTokens.HEADER) != null && api.matches(request))
                .addFilterBefore(new SessionlessRequests(),
                        org.springframework.security.web.session.DisableEncodeUrlFilter.class)
                // the save served here, after every filter of this chain, without the dispatcher (DirectSaves)
                .addFilterAfter(new DirectSaves(tokens, saves, json, clock),
                        org.springframework.security.web.access.intercept.AuthorizationFilter.class)
                // no authorizeHttpRequests: every request of this chain is permitted (the token and the rows decide),
                // so its AuthorizationFilter only evaluated permitAll() on each call
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .servletApi(api2 -> api2.disable())
                // off, not STATELESS: its filter asks isRequestedSessionIdValid(), which makes Spring Session load the
                // session named by the cookie the browser sends along
                .sessionManagement(session -> session.disable())
                .securityContext(context -> context.securityContextRepository(
                        new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        org.springframework.security.web.DefaultSecurityFilterChain chain = http.build();
        // nor the asynchronous requests' security context: these calls have none (no authentication, no anonymous
        // one) and none of them is asynchronous (docs/benchmarks.md "Save path")
        return new org.springframework.security.web.DefaultSecurityFilterChain(chain.getRequestMatcher(),
                chain.getFilters().stream().filter(filter -> !(filter instanceof
                        org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter)).toList());
    }

    @Bean
    @Order(20)
    SecurityFilterChain workstationFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/exam/**", "/api/v1/exam/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/exam/trials", "/exam/trials/**").hasRole(Roles.APPLICANT)
                        .anyRequest().permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "connect-src 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * The script's token calls are not observed (no {@code http.server.requests}, no Spring Security filter
     * observations): at exam-day rates their observations cost more CPU than the save itself (issue 12 point 2,
     * docs/benchmarks.md). Every other request is observed as before.
     */
    @Bean
    io.micrometer.observation.ObservationPredicate examTokenCallsUnobserved() {
        return (name, context) -> {
            if (context instanceof org.springframework.http.server.observation.ServerRequestObservationContext server) {
                return !examTokenCall(server.getCarrier());
            }
            if (name.startsWith("spring.security.")
                    && org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                    instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
                return !examTokenCall(attributes.getRequest());
            }
            return true;
        };
    }

    static boolean examTokenCall(jakarta.servlet.http.HttpServletRequest request) {
        return request != null && request.getHeader(ExamTokens.HEADER) != null
                && request.getRequestURI().startsWith("/api/v1/exam/");
    }
}
