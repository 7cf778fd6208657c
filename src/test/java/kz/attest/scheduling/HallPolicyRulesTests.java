package kz.attest.scheduling;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an operator administrator may type for a hall's workstation policy (issue 5, "Check-in and the workstation"). */
class HallPolicyRulesTests {

    @ParameterizedTest
    @ValueSource(strings = {"10.20.0.0/24", "192.168.1.7/32", "0.0.0.0/0", "fd00::/8", "2001:db8::1/128",
            "::1/128", "2001:0db8:0000:0000:0000:0000:0000:0001/64"})
    void cidrRangesAreAccepted(String range) {
        assertThat(HallPolicyRules.isCidr(range)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.20.0.0", "10.20.0.0/33", "256.1.1.1/8", "10.020.0.0/24", "10.20.0/24", "localhost/8",
            "fd00::/129", "2001:db8::1::2/64", "12345::/16", "10.0.0.0/24/8", "10.0.0.0/-1", "fd00:/8"})
    void anythingElseIsNotARange(String range) {
        assertThat(HallPolicyRules.isCidr(range)).isFalse();
    }

    @Test
    void rangesAreNormalisedAndTheFirstBadOneIsNamed() {
        assertThat(HallPolicyRules.ranges(List.of(" 10.0.0.0/8 ", "", "FD00::/8", "10.0.0.0/8")))
                .containsExactly("10.0.0.0/8", "fd00::/8");
        assertThatThrownBy(() -> HallPolicyRules.ranges(List.of("10.0.0.0/8", "10.1.2.3")))
                .isInstanceOfSatisfying(SchedulingRefusal.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("scheduling.hall.invalid-cidr");
                    assertThat(e.arguments()).containsExactly("10.1.2.3");
                });
    }

    @Test
    void theSafeExamBrowserKeyIsSixtyFourHexDigits() {
        String key = "AB".repeat(32);
        assertThat(HallPolicyRules.key(true, key)).contains("ab".repeat(32));
        assertThat(HallPolicyRules.key(false, "anything")).isEmpty();
        for (String bad : new String[]{null, "", "ab".repeat(31), "zz".repeat(32), "ab".repeat(33)}) {
            assertThatThrownBy(() -> HallPolicyRules.key(true, bad)).isInstanceOf(SchedulingRefusal.class)
                    .hasMessage("scheduling.hall.invalid-seb-key");
        }
    }

    @Test
    void workstationCodesAreEightCharactersWithoutLookAlikes() {
        for (int i = 0; i < 200; i++) {
            assertThat(WorkstationCodes.next()).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}");
        }
    }
}
