package kz.attest.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Set;

/**
 * Where a rule comes from: a seed (legal act) of {@code shared/seeds} and the provision in it, written as
 * {@code "000 ¶11(1)"} or {@code "004 app.2 ¶7"}.
 */
public record LegalRef(String seed, String provision) {

    static final Set<String> KNOWN_SEEDS = Set.of("000", "001", "002", "003", "004");

    public LegalRef {
        seed = seed == null ? "" : seed.strip();
        provision = provision == null ? "" : provision.strip();
    }

    /** Parses {@code "<seed> <provision>"}; the provision may be empty. */
    @JsonCreator
    public static LegalRef parse(String text) {
        String s = text == null ? "" : text.strip();
        int space = s.indexOf(' ');
        return space < 0 ? new LegalRef(s, "") : new LegalRef(s.substring(0, space), s.substring(space + 1));
    }

    boolean known() {
        return KNOWN_SEEDS.contains(seed);
    }

    @JsonValue
    @Override
    public String toString() {
        return provision.isEmpty() ? seed : seed + " " + provision;
    }
}
