package kz.attest.signature;

import java.time.Instant;

/**
 * The outcome of validating a PDF's signatures.
 *
 * @param status      what a person is told: valid, tampered, not signed, untrusted, not a PDF
 * @param signerName  whose signature it is (the certificate's common name, with the organisation when it names one)
 * @param signerIin   the signer's IIN from the certificate, or {@code null}
 * @param signingTime the signing time (the time-stamp's when there is one)
 * @param indication  DSS's indication and sub-indication, e.g. {@code TOTAL_PASSED} or {@code TOTAL_FAILED/HASH_FAILURE}
 */
public record PdfVerification(Status status, String signerName, String signerIin, Instant signingTime, String indication) {

    public enum Status { VALID, TAMPERED, NOT_SIGNED, UNTRUSTED, NOT_A_PDF }

    public boolean valid() {
        return status == Status.VALID;
    }
}
