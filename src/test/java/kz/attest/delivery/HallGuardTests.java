package kz.attest.delivery;

import kz.attest.scheduling.SafeExamBrowserKeyKind;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A hall's policy on a workstation's request, checked on the value the controller built: no servlet, no Spring. */
class HallGuardTests {

    private static final String URL = "https://exam.example.kz/exam/stages/1/questions/3";
    private static final String KEY = "ab".repeat(32);

    private static WorkstationRequest from(String address, String configKeyHash, String requestHash) {
        return new WorkstationRequest(address, URL, "/exam/stages/1/questions/3", configKeyHash, requestHash);
    }

    @Test
    void aHallWithoutAPolicyLetsEveryWorkstationIn() {
        assertThatCode(() -> HallGuard.check(from("203.0.113.9", null, null), null, null, List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void aRequestFromOutsideTheHallsRangesIsRefused() {
        List<String> ranges = List.of("10.20.0.0/16");
        assertThatCode(() -> HallGuard.check(from("10.20.3.4", null, null), null, null, ranges))
                .doesNotThrowAnyException();
        assertRefused(() -> HallGuard.check(from("10.21.3.4", null, null), null, null, ranges),
                DeliveryRefusal.Reason.OUTSIDE_HALL_NETWORK);
    }

    @Test
    void theHallsChosenSafeExamBrowserHeaderMustHashTheUrlWithTheKey() {
        String hash = DigestUtils.sha256Hex(URL + KEY);
        assertThatCode(() -> HallGuard.check(from("10.0.0.1", hash, null), KEY, SafeExamBrowserKeyKind.CONFIG_KEY,
                List.of())).doesNotThrowAnyException();
        assertThatCode(() -> HallGuard.check(from("10.0.0.1", null, hash), KEY,
                SafeExamBrowserKeyKind.BROWSER_EXAM_KEY, List.of())).doesNotThrowAnyException();
        assertRefused(() -> HallGuard.check(from("10.0.0.1", null, hash), KEY, SafeExamBrowserKeyKind.CONFIG_KEY,
                List.of()), DeliveryRefusal.Reason.NO_SAFE_EXAM_BROWSER);
        assertRefused(() -> HallGuard.check(from("10.0.0.1", DigestUtils.sha256Hex(URL + "00"), null), KEY, null,
                List.of()), DeliveryRefusal.Reason.NO_SAFE_EXAM_BROWSER);
    }

    private static void assertRefused(Runnable check, DeliveryRefusal.Reason reason) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(DeliveryRefusal.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
