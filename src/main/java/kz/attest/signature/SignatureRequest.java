package kz.attest.signature;

/**
 * What to verify.
 *
 * @param cms          the DER-encoded CMS SignedData (PEM armour and base64 are accepted too)
 * @param detachedData the signed content for a detached signature, or {@code null} when the content is attached
 * @param expectedIin  the IIN the signer's certificate must carry, or {@code null} to accept any signer
 * @param purpose      which key must have signed: a signing key for documents, an authentication key for sign-in
 */
public record SignatureRequest(byte[] cms, byte[] detachedData, String expectedIin, KeyPurpose purpose) {

    /** A document signature (the signing key). */
    public SignatureRequest(byte[] cms, byte[] detachedData, String expectedIin) {
        this(cms, detachedData, expectedIin, KeyPurpose.SIGNING);
    }

    /** A signed sign-in challenge (the authentication key), content attached. */
    public static SignatureRequest authentication(byte[] cms) {
        return new SignatureRequest(cms, null, null, KeyPurpose.AUTHENTICATION);
    }

    public static SignatureRequest attached(byte[] cms, String expectedIin) {
        return new SignatureRequest(cms, null, expectedIin);
    }

    public static SignatureRequest detached(byte[] cms, byte[] data, String expectedIin) {
        return new SignatureRequest(cms, data, expectedIin);
    }
}
