package kz.attest.signature;

import java.nio.charset.StandardCharsets;

/**
 * A request's detached CMS signature, as the browser sends it: base64 or PEM text (the verifier accepts both).
 *
 * @param cms the signature's text; missing means no signature, which the verifier refuses
 */
public record DetachedSignature(String cms) {

    /** The signature's bytes for {@link SignatureRequest}; empty when none was sent. */
    public byte[] bytes() {
        return cms == null ? new byte[0] : cms.getBytes(StandardCharsets.US_ASCII);
    }
}
