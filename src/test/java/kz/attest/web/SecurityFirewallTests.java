package kz.attest.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The firewall's name and value checks let exactly the characters through that Spring Security's patterns do. */
class SecurityFirewallTests {

    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsByStrictHttpFirewallsPatterns() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String s = "a" + Character.toString(c) + "b";
            assertThat(SecurityFirewall.ASSIGNED_NOT_CONTROL.test(s)).as("name U+%04X", c)
                    .isEqualTo(NAMES.matcher(s).matches());
            assertThat(SecurityFirewall.ASSIGNED_NOT_CONTROL_OR_TAB.test(s)).as("value U+%04X", c)
                    .isEqualTo(VALUES.matcher(s).matches());
        }
        for (String s : List.of("", "\uD800", "x\uDC00y", "\uD83D\uDE00", "\uDBFF\uDFFF", "a\u0000", "\t", "|")) {
            assertThat(SecurityFirewall.ASSIGNED_NOT_CONTROL.test(s)).as(s).isEqualTo(NAMES.matcher(s).matches());
            assertThat(SecurityFirewall.ASSIGNED_NOT_CONTROL_OR_TAB.test(s)).as(s).isEqualTo(VALUES.matcher(s).matches());
        }
    }
}
