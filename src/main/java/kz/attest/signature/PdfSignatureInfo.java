package kz.attest.signature;

/** What the PDF's signature dictionary says: who signs, why and where (any may be {@code null}). */
public record PdfSignatureInfo(String signerName, String reason, String location) {
}
