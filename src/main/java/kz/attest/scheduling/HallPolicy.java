package kz.attest.scheduling;

import java.util.List;
import java.util.Optional;

/**
 * What a hall demands of its workstations' requests.
 *
 * @param safeExamBrowserKeyHex  the Safe Exam Browser key (hex) when the hall requires SEB, else empty
 * @param allowedIpRanges        CIDR ranges the workstations' requests must come from; empty means any
 * @param safeExamBrowserKeyKind whether that key is the configuration key or the Browser Exam Key
 */
public record HallPolicy(Optional<String> safeExamBrowserKeyHex, List<String> allowedIpRanges,
                         SafeExamBrowserKeyKind safeExamBrowserKeyKind) {

    public HallPolicy {
        allowedIpRanges = List.copyOf(allowedIpRanges);
        safeExamBrowserKeyKind = safeExamBrowserKeyKind == null ? SafeExamBrowserKeyKind.CONFIG_KEY : safeExamBrowserKeyKind;
    }

    /** A policy checking the configuration key. */
    public HallPolicy(Optional<String> safeExamBrowserKeyHex, List<String> allowedIpRanges) {
        this(safeExamBrowserKeyHex, allowedIpRanges, SafeExamBrowserKeyKind.CONFIG_KEY);
    }

    public static HallPolicy open() {
        return new HallPolicy(Optional.empty(), List.of());
    }
}
