package kz.attest.signature;

import java.time.Instant;

/**
 * A PDF prepared for a person's signature: the document with its signature revision laid out and the space for the
 * CMS reserved ({@code preparedPdf}), the bytes the person's key signs as a detached CMS ({@code dataToSign}: the
 * signature's byte range) and the signing time written in it. The caller stores it between the two steps.
 */
public record PdfToSign(byte[] preparedPdf, byte[] dataToSign, Instant signingTime) {
}
