package kz.attest.delivery;

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

    @Bean
    @Order(20)
    SecurityFilterChain workstationFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/exam/**", "/api/v1/exam/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                        + "connect-src 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
