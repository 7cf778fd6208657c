package kz.attest.decision;

import kz.attest.catalogue.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public verification page shows of a decision — only what confirms it: its type, number, the person's
 * name, the outcome, dates, validity and standing, and whether its signature is valid and whose it is.
 *
 * @param signature VALID, TAMPERED, NOT_SIGNED, UNTRUSTED or NOT_A_PDF
 */
record Verification(LocalizedText type, String number, String fullName, String variant, boolean passed,
                           LocalDate decidedOn, LocalDate validUntil, String standing, String signature,
                           String signerName, Instant signedAt) {

    public String standingKey() {
        return "decision.outcome.standing." + standing.toLowerCase(java.util.Locale.ROOT);
    }

    public String variantKey() {
        return "decision.outcome.variant." + variant.toLowerCase(java.util.Locale.ROOT);
    }

    /** The result of checking an uploaded PDF: AUTHENTIC, TAMPERED, UNKNOWN or NOT_A_PDF, and the document if known. */
    public record PdfCheck(String result, Verification document) {

        public String resultKey() {
            return "decision.verify.pdf." + result.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
