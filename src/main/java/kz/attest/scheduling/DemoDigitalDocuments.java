package kz.attest.scheduling;

/**
 * The demonstration digital documents service: every person holds exactly one digital identity document, whose
 * nine-digit number is the last nine digits of their IIN. Deterministic, so demos and tests know the number to type.
 */
class DemoDigitalDocuments implements DigitalDocuments {

    static String numberOf(String iin) {
        return iin.substring(iin.length() - 9);
    }

    @Override
    public boolean confirms(String iin, String number) {
        return iin != null && iin.length() == 12 && numberOf(iin).equals(number);
    }
}
