package kz.attest.delivery;

import kz.attest.scheduling.SafeExamBrowserKeyKind;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A hall's demands on every request of its workstations: Safe Exam Browser's header equal to
 * hex(SHA-256(absolute URL without fragment + key hex)) — the config-key hash ({@code X-SafeExamBrowser-ConfigKeyHash})
 * or the Browser Exam Key's request hash ({@code X-SafeExamBrowser-RequestHash}), whichever the hall chose — and
 * client addresses within the hall's CIDR ranges. Behind a TLS-terminating proxy the URL and the client address are
 * the ones the proxy forwarded, honoured only from trusted proxies ({@code attest.web.trusted-proxies}).
 */
final class HallGuard {

    static final String CONFIG_KEY_HASH = SafeExamBrowserKeyKind.CONFIG_KEY.header();
    static final String REQUEST_HASH = SafeExamBrowserKeyKind.BROWSER_EXAM_KEY.header();

    private static final Logger log = LoggerFactory.getLogger(HallGuard.class);
    private static final Map<String, IpAddressMatcher> MATCHERS = new ConcurrentHashMap<>();

    private HallGuard() {
    }

    /** The policy of the seat's hall, checked on every request of its workstation. */
    static void check(WorkstationRequest request, SeatSession seat) {
        check(request, seat.sebKeyHex(), seat.sebKeyKind(), seat.allowedIpRanges());
    }

    static void check(WorkstationRequest request, String sebKeyHex, SafeExamBrowserKeyKind kind,
                      List<String> allowedIpRanges) {
        DeliveryRefusal.Reason refused = refusal(request, sebKeyHex, kind, allowedIpRanges);
        if (refused == DeliveryRefusal.Reason.OUTSIDE_HALL_NETWORK) {
            log.warn("Workstation request from {} outside the hall's ranges {}: {}", request.clientAddress(),
                    allowedIpRanges, request.path());
            throw new DeliveryRefusal(refused);
        }
        if (refused != null) {
            log.warn("Workstation request without a valid Safe Exam Browser {} header: {}",
                    kind == null ? SafeExamBrowserKeyKind.CONFIG_KEY : kind, request.path());
            throw new DeliveryRefusal(refused);
        }
    }

    /**
     * Whether the seat's hall admits the request, without logging: {@link DirectSaves} asks this and leaves a refusal
     * to the controller, which logs and refuses it with {@link #check}.
     */
    static boolean admits(WorkstationRequest request, SeatSession seat) {
        return refusal(request, seat.sebKeyHex(), seat.sebKeyKind(), seat.allowedIpRanges()) == null;
    }

    private static DeliveryRefusal.Reason refusal(WorkstationRequest request, String sebKeyHex,
                                                  SafeExamBrowserKeyKind kind, List<String> allowedIpRanges) {
        if (!allowedIpRanges.isEmpty()) {
            String address = request.clientAddress();
            if (allowedIpRanges.stream().noneMatch(range -> matcher(range).matches(address))) {
                return DeliveryRefusal.Reason.OUTSIDE_HALL_NETWORK;
            }
        }
        if (sebKeyHex != null && !sebKeyHex.isBlank()) {
            SafeExamBrowserKeyKind checked = kind == null ? SafeExamBrowserKeyKind.CONFIG_KEY : kind;
            String expected = DigestUtils.sha256Hex(request.url() + sebKeyHex);
            if (!Hashes.sameHex(expected, request.sebHeader(checked))) {
                return DeliveryRefusal.Reason.NO_SAFE_EXAM_BROWSER;
            }
        }
        return null;
    }

    private static IpAddressMatcher matcher(String range) {
        return MATCHERS.computeIfAbsent(range.strip(), IpAddressMatcher::new);
    }
}
