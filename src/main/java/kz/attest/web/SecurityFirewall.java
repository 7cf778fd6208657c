package kz.attest.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.util.function.Predicate;

/**
 * Spring Security's default firewall, {@link StrictHttpFirewall} with its default rules, whose header and parameter
 * name checks are written as a loop over the code points instead of its regular expressions: the same characters
 * pass (assigned, not a control character; a header's value may also hold a tab), at a fraction of the CPU on every
 * header the application reads (issue 12, docs/benchmarks.md "Save path"). {@code SecurityFirewallTests} compares
 * both on every code point.
 */
@Configuration(proxyBeanMethods = false)
class SecurityFirewall {

    /** {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}: header and parameter names. */
    static final Predicate<String> ASSIGNED_NOT_CONTROL = value -> allowed(value, false);
    /** {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: header values. */
    static final Predicate<String> ASSIGNED_NOT_CONTROL_OR_TAB = value -> allowed(value, true);

    @Bean
    WebSecurityCustomizer strictFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(ASSIGNED_NOT_CONTROL);
        firewall.setAllowedHeaderValues(ASSIGNED_NOT_CONTROL_OR_TAB);
        firewall.setAllowedParameterNames(ASSIGNED_NOT_CONTROL);
        return web -> web.httpFirewall(firewall);
    }

    private static boolean allowed(String value, boolean tab) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (c < 0x80) { // ASCII: the control characters are 0-31 and 127
                if ((c < 0x20 || c == 0x7f) && !(tab && c == '\t')) {
                    return false;
                }
                i++;
                continue;
            }
            if (!Character.isDefined(c) || Character.getType(c) == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
