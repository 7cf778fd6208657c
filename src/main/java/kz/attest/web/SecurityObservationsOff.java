package kz.attest.web;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * What an observation switched off costs nothing per request (issue 12, docs/benchmarks.md "Save path"). With
 * {@code management.observations.enable.*} false an observation is only made a no-op when it starts: Spring
 * Security's {@code ObservationFilterChainDecorator} still wraps every filter of every chain (a name and predicate
 * lookup per filter per request), and Boot's {@code ServerHttpObservationFilter} still builds a request context per
 * request. Switched off ({@code ATTEST_OBSERVE_SECURITY} / {@code ATTEST_OBSERVE_HTTP}, the default), they are not
 * installed at all; switched on, Boot's and Spring Security's defaults apply as before.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservationsOff {

    /** No filter-chain decorator, no authentication or authorization observations. */
    @Bean
    @ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false")
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Takes the place of Boot's {@code webMvcObservationFilter} (which backs off when one is declared) and is not
     * registered with the servlet container.
     */
    @Bean
    @ConditionalOnProperty(name = "management.observations.enable.http.server.requests", havingValue = "false")
    FilterRegistrationBean<ServerHttpObservationFilter> noHttpServerObservationFilter() {
        FilterRegistrationBean<ServerHttpObservationFilter> registration =
                new FilterRegistrationBean<>(new ServerHttpObservationFilter(ObservationRegistry.NOOP));
        registration.setEnabled(false);
        return registration;
    }
}
