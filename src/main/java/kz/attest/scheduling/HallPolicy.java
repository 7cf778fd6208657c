package kz.attest.scheduling;

import java.util.List;
import java.util.Optional;

/**
 * What a hall demands of its workstations' requests.
 *
 * @param safeExamBrowserKeyHex the Safe Exam Browser configuration key (hex) when the hall requires SEB, else empty
 * @param allowedIpRanges       CIDR ranges the workstations' requests must come from; empty means any
 */
public record HallPolicy(Optional<String> safeExamBrowserKeyHex, List<String> allowedIpRanges) {

    public HallPolicy {
        allowedIpRanges = List.copyOf(allowedIpRanges);
    }

    public static HallPolicy open() {
        return new HallPolicy(Optional.empty(), List.of());
    }
}
