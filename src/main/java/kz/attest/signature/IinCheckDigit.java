package kz.attest.signature;

/**
 * The check digit of an IIN as a certificate carries it (lifecycle.md "IIN": weights 1..11, then 3..11,1,2 when the
 * first pass gives 10; mod 11; 10 on the second pass makes the number invalid). The identity module's {@code Iin} is
 * the full rule for numbers people type; it depends on this module (EDS sign-in), so the verifier keeps this small
 * copy of the check rather than a dependency cycle. NCA RK's test certificates carry numbers such as 123456789011
 * that fail it.
 */
final class IinCheckDigit {

    private static final int[] FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private IinCheckDigit() {
    }

    /** Twelve digits whose last is the check digit of the first eleven. */
    static boolean valid(String iin) {
        if (iin == null || iin.length() != 12 || !iin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int control = weighted(iin, FIRST) % 11;
        if (control == 10) {
            control = weighted(iin, SECOND) % 11;
            if (control == 10) {
                return false;
            }
        }
        return control == iin.charAt(11) - '0';
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
