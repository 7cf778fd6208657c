package kz.attest.signature;

import org.apache.commons.codec.digest.DigestUtils;

import java.util.Base64;

/**
 * The bytes a person is asked to sign in the browser (a decision, an interview protocol, an application), as the
 * signing pages fetch them: the content in base64 for NCALayer and its SHA-256 in hex, shown beside the button so the
 * person can compare what the key signs.
 */
public record ContentToSign(String content, String sha256) {

    public static ContentToSign of(byte[] content) {
        return new ContentToSign(Base64.getEncoder().encodeToString(content), DigestUtils.sha256Hex(content));
    }
}
