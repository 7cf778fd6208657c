package kz.attest.scheduling;


import kz.attest.web.Refusal.Kind;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks what an operator administrator types for a hall's workstation policy: the Safe Exam Browser configuration key
 * (64 hex digits, a SHA-256 value) and the allowed client ranges in CIDR notation, IPv4 or IPv6. Literals only: no
 * name is ever resolved.
 */
final class HallPolicyRules {

    private static final Pattern KEY = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]{2,39}");
    static final int MAX_RANGES = 32;

    private HallPolicyRules() {
    }

    /** The key in lower case, or empty when none is required; 400 when it is not 64 hex digits. */
    static Optional<String> key(boolean required, String keyHex) {
        if (!required) {
            return Optional.empty();
        }
        String key = keyHex == null ? "" : keyHex.strip();
        if (!KEY.matcher(key).matches()) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.hall.invalid-seb-key");
        }
        return Optional.of(key.toLowerCase(Locale.ROOT));
    }

    /** The ranges, normalised (trimmed, lower case, one per entry); 400 naming the first one that is not CIDR. */
    static List<String> ranges(List<String> ranges) {
        List<String> result = new ArrayList<>();
        for (String raw : ranges == null ? List.<String>of() : ranges) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String range = raw.strip().toLowerCase(Locale.ROOT);
            if (!isCidr(range)) {
                throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.hall.invalid-cidr", range);
            }
            if (!result.contains(range)) {
                result.add(range);
            }
        }
        if (result.size() > MAX_RANGES) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.hall.too-many-ranges", MAX_RANGES);
        }
        return List.copyOf(result);
    }

    /** Splits the text of a form field: one range per line, or separated by commas or spaces. */
    static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().split("[\\s,;]+"));
    }

    static boolean isCidr(String range) {
        int slash = range.indexOf('/');
        if (slash < 0 || slash != range.lastIndexOf('/')) {
            return false;
        }
        String address = range.substring(0, slash);
        String prefix = range.substring(slash + 1);
        if (!prefix.matches("\\d{1,3}")) {
            return false;
        }
        int bits = Integer.parseInt(prefix);
        if (IPV4.matcher(address).matches()) {
            for (String octet : address.split("\\.")) {
                if (octet.length() > 1 && octet.startsWith("0") || Integer.parseInt(octet) > 255) {
                    return false;
                }
            }
            return bits <= 32;
        }
        return address.contains(":") && IPV6.matcher(address).matches() && validIpv6(address) && bits <= 128;
    }

    private static boolean validIpv6(String address) {
        int doubleColon = address.indexOf("::");
        if (doubleColon >= 0 && address.indexOf("::", doubleColon + 1) >= 0) {
            return false;
        }
        String[] groups = address.split(":", -1);
        int filled = 0;
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            if (group.isEmpty()) {
                boolean partOfDoubleColon = doubleColon >= 0;
                if (!partOfDoubleColon) {
                    return false;
                }
                continue;
            }
            if (group.length() > 4) {
                return false;
            }
            HexFormat.fromHexDigits(group);
            filled++;
        }
        return doubleColon >= 0 ? filled < 8 : filled == 8;
    }
}
