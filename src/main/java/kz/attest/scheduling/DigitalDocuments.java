package kz.attest.scheduling;

/**
 * The digital documents service ("Цифровые документы", ¶15, ¶42, ¶67): does a digital identity document with this
 * number belong to the person with this IIN? A port; the demonstration adapter answers deterministically.
 */
interface DigitalDocuments {

    /** Whether the service holds a valid digital identity document {@code number} of the person {@code iin}. */
    boolean confirms(String iin, String number);
}
