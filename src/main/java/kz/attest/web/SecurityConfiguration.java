package kz.attest.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Who may reach what. Every page and endpoint is denied unless a rule below opens it; modules add finer checks with
 * {@code @PreAuthorize} and per-organisation scoping in their facades.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Path segments that name a person's data: a refusal on a template holding one is audited (issue 13). */
    static final String REFUSALS_PERSON_DATA = "applications,drafts,documents,files,appeals,objections,answer,results,"
            + "outcomes,no-shows,interviews,protocol,candidates,admitted,attempts,sittings,seat,licences,registry,"
            + "cabinet,check-in,cases,notices,deliveries,commission,commissions,exam,proctor";
    /** Public pages: never audited as refusals, whatever their segments (issue 13). */
    static final String REFUSALS_PUBLIC = "/licences/verify/**,/api/v1/public/**,/api/v1/public-results/**,/verify/**,"
            + "/api/v1/verify/**,/services/**,/api/v1/services/**,/api/v1/iin/**,/pki/**,/login/**,/register/**";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
                                            ObjectProvider<AuthenticationSuccessHandler> successHandler,
                                            ObjectProvider<AuthenticationFailureHandler> failureHandler,
                                            @org.springframework.beans.factory.annotation.Value("${attest.signature.ncalayer-url:wss://127.0.0.1:13579}")
                                            String ncalayerUrl,
                                            @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
                                            ObjectProvider<org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping> mappings,
                                            org.springframework.context.ApplicationEventPublisher events,
                                            @org.springframework.beans.factory.annotation.Value("${attest.audit.refusals.person-data-segments:"
                                                    + REFUSALS_PERSON_DATA + "}") java.util.List<String> personData,
                                            @org.springframework.beans.factory.annotation.Value("${attest.audit.refusals.public-paths:"
                                                    + REFUSALS_PUBLIC + "}") java.util.List<String> publicPaths)
            throws Exception {
        // a refused request on a person's data is audited, whichever layer refused it (issue 13, "Audit")
        http.addFilterBefore(new RefusedRequests(events, mappings, personData, publicPaths),
                org.springframework.security.web.access.ExceptionTranslationFilter.class);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/login", "/login/eds", "/login/eds/challenge", "/register", "/error", "/favicon.ico",
                                "/css/**", "/js/**", "/fonts/**", "/img/**", "/webjars/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
                                "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers(HttpMethod.GET, "/services", "/services/**", "/api/v1/services", "/api/v1/services/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/iin/**", "/api/v1/csrf", "/pki/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/accounts/register").permitAll()
                        .requestMatchers(HttpMethod.POST, "/pki/ocsp").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar/**").permitAll()
                        .requestMatchers("/verify", "/verify/pdf", "/api/v1/verify", "/api/v1/verify/pdf").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/public-results/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/licences/**", "/licences/verify/**").permitAll()
                        .requestMatchers("/api/v1/calendar/**", "/admin/calendar/**").hasRole(Roles.SYSTEM_ADMIN)
                        .requestMatchers("/audit/**", "/api/v1/audit/**").hasAnyRole(Roles.AUDITOR, Roles.SYSTEM_ADMIN)
                        .requestMatchers("/admin/**").hasRole(Roles.SYSTEM_ADMIN)
                        // an address no page answers: the 404 page, not the sign-in page (issue 14)
                        .requestMatchers(new UnmappedRequests(mappings)).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/pki/ocsp"),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/verify/pdf")))
                .formLogin(form -> {
                    form.loginPage("/login").permitAll();
                    form.successHandler(successHandler.getIfAvailable(SavedRequestAwareAuthenticationSuccessHandler::new));
                    form.failureHandler(failureHandler.getIfAvailable(() -> new SimpleUrlAuthenticationFailureHandler("/login?error")));
                })
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "connect-src 'self' " + ncalayerUrl + "; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Spring Security's recommended delegating encoder (bcrypt today, upgradable by prefix). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
