package kz.attest.signature;

/**
 * The outcome of a verification: valid with the signer and the signed content, or the first reason it is not.
 *
 * @param valid         whether every check passed
 * @param refusal       the reason it failed, or {@code null}
 * @param signer        the signer's certificate, when it could be read
 * @param signedContent the content the signature covers (attached or detached)
 */
public record SignatureCheck(boolean valid, SignatureRefusal refusal, SignerCertificate signer, byte[] signedContent) {

    static SignatureCheck valid(SignerCertificate signer, byte[] content) {
        return new SignatureCheck(true, null, signer, content);
    }

    static SignatureCheck refused(SignatureRefusal refusal, SignerCertificate signer) {
        return new SignatureCheck(false, refusal, signer, null);
    }

    /** Throws the refusal as a localized 400 unless valid. */
    public SignatureCheck orThrow() {
        if (!valid) {
            throw new SignatureRefusedException(refusal);
        }
        return this;
    }
}
