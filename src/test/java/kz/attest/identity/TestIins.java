package kz.attest.identity;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh valid IINs for tests that share one database. */
public final class TestIins {

    /** Every IIN handed out in this JVM: the database is shared, so two tests must never draw the same one. */
    private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

    private TestIins() {
    }

    /**
     * A valid IIN of someone born 1950–1999 that no other test of this JVM has drawn, and whom the demonstration
     * registries know as a living person with no special records (serials from 96 mean "registry down", "convicted",
     * "deceased", "not found": {@code kz.attest.registry.DemoRegistries}). Serials start at 1100: the fixed IINs that
     * the demonstration data and the tests write out (some thirty) all have serials below it, so a fresh one is never
     * one of them.
     */
    public static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String firstEleven = String.format("%02d%02d%02d%d%04d", 50 + random.nextInt(50), 1 + random.nextInt(12),
                    1 + random.nextInt(28), 3 + random.nextInt(2), 1_100 + random.nextInt(8_500));
            int check = Iin.checkDigitFor(firstEleven);
            if (check >= 0 && claim(firstEleven + check)) {
                return firstEleven + check;
            }
        }
    }

    /**
     * A valid IIN no other test of this JVM has drawn, whose 8th and 9th digits are {@code marker}: what the
     * demonstration registries read ({@code 96}–{@code 99} for a registry down, convicted, deceased, not found).
     */
    public static String marked(String marker) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String firstEleven = String.format("%02d%02d%02d%d%s%02d", 50 + random.nextInt(50), 1 + random.nextInt(12),
                    1 + random.nextInt(28), 3 + random.nextInt(2), marker, random.nextInt(100));
            int check = Iin.checkDigitFor(firstEleven);
            if (check >= 0 && claim(firstEleven + check)) {
                return firstEleven + check;
            }
        }
    }

    /**
     * Records {@code iin} as handed out; false if this JVM handed it out before. Among some 3·10⁸ IINs two of n random
     * draws are the same with a chance of about n²/6·10⁸ (one run in a few hundred at a thousand or two draws), and a
     * repeated IIN fails the second registration on the unique IIN: every generator of test IINs draws again when this
     * says false.
     */
    public static boolean claim(String iin) {
        return ISSUED.add(iin);
    }

    /** A well-formed number whose check digit cannot be computed (both passes give 10). */
    static String uncomputable() {
        for (int serial = 0; serial < 10_000; serial++) {
            String firstEleven = String.format("900315%d%04d", 3, serial);
            if (Iin.checkDigitFor(firstEleven) < 0) {
                return firstEleven + "0";
            }
        }
        throw new IllegalStateException("no uncomputable serial for this date");
    }

    /** The valid IIN with its check digit changed. */
    static String withWrongCheckDigit(String iin) {
        int check = iin.charAt(11) - '0';
        return iin.substring(0, 11) + ((check + 1) % 10);
    }
}
