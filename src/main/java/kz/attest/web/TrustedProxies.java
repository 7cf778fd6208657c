package kz.attest.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * The proxies whose {@code Forwarded} / {@code X-Forwarded-*} headers are believed. Behind a TLS-terminating reverse
 * proxy the request reaches the application as {@code http://…} from the proxy's address; the URL the browser used
 * (which Safe Exam Browser hashes, and from which redirects are built) and the client's address (which a hall's IP
 * ranges check) are known only from the proxy's headers. Spring's {@link ForwardedHeaderFilter} applies them — but
 * only for a request whose immediate peer is one of {@code attest.web.trusted-proxies}; from any other address the
 * headers are removed before anything reads them, so a client cannot forge its scheme, host or address.
 * Tomcat's own RemoteIpValve stays off ({@code server.forward-headers-strategy=none}).
 */
@Configuration(proxyBeanMethods = false)
class TrustedProxies {

    @Bean
    FilterRegistrationBean<TrustedProxyForwardedHeaderFilter> trustedProxyForwardedHeaderFilter(ProxyProperties properties) {
        FilterRegistrationBean<TrustedProxyForwardedHeaderFilter> registration =
                new FilterRegistrationBean<>(new TrustedProxyForwardedHeaderFilter(properties.trustedProxies()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("trustedProxyForwardedHeaderFilter");
        return registration;
    }

    /**
     * Web settings ({@code attest.web.*}).
     *
     * @param trustedProxies addresses or CIDR ranges of the reverse proxies in front of the application whose
     *                       forwarded headers are applied; default the local host only (a proxy on the same machine)
     */
    @ConfigurationProperties("attest.web")
    record ProxyProperties(@DefaultValue({"127.0.0.1/32", "::1/128"}) List<String> trustedProxies) {
    }

    /** Applies forwarded headers from trusted proxies; strips them from everyone else. */
    static final class TrustedProxyForwardedHeaderFilter extends OncePerRequestFilter {

        private final List<IpAddressMatcher> trusted;
        private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
        private final ForwardedHeaderFilter strip = new ForwardedHeaderFilter();

        TrustedProxyForwardedHeaderFilter(List<String> trustedProxies) {
            this.trusted = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty())
                    .map(IpAddressMatcher::new).toList();
            strip.setRemoveOnly(true);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String peer = request.getRemoteAddr();
            boolean fromTrustedProxy = peer != null && trusted.stream().anyMatch(m -> matches(m, peer));
            (fromTrustedProxy ? apply : strip).doFilter(request, response, chain);
        }

        private static boolean matches(IpAddressMatcher matcher, String address) {
            try {
                return matcher.matches(address);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
