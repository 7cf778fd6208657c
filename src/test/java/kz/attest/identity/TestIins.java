package kz.attest.identity;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh valid IINs for tests that share one database. */
public final class TestIins {

    private TestIins() {
    }

    /** A valid IIN of someone born 1950–1999 that no other test is likely to use. */
    public static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String firstEleven = String.format("%02d%02d%02d%d%04d", 50 + random.nextInt(50), 1 + random.nextInt(12),
                    1 + random.nextInt(28), 3 + random.nextInt(2), random.nextInt(10_000));
            int check = Iin.checkDigitFor(firstEleven);
            if (check >= 0) {
                return firstEleven + check;
            }
        }
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
