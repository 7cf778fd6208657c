package kz.attest.signature;

/**
 * What to verify.
 *
 * @param cms          the DER-encoded CMS SignedData (PEM armour and base64 are accepted too)
 * @param detachedData the signed content for a detached signature, or {@code null} when the content is attached
 * @param expectedIin  the IIN the signer's certificate must carry, or {@code null} to accept any signer
 */
public record SignatureRequest(byte[] cms, byte[] detachedData, String expectedIin) {

    public static SignatureRequest attached(byte[] cms, String expectedIin) {
        return new SignatureRequest(cms, null, expectedIin);
    }

    public static SignatureRequest detached(byte[] cms, byte[] data, String expectedIin) {
        return new SignatureRequest(cms, data, expectedIin);
    }
}
