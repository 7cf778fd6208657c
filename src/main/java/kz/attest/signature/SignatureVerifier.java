package kz.attest.signature;

/**
 * Verifies a CMS (CAdES-BES) signature, reporting the first failure in this order: integrity, chain to a trusted root,
 * validity at the verification time (now, or a verified RFC 3161 time-stamp — never the signer's claimed
 * signingTime), key usage, revocation (current information or "revocation unknown"), the certificate's IIN check digit
 * and, when asked, that the signer is the expected person (IIN). Implementations: BouncyCastle (RSA/ECDSA) and
 * an NCANode client (GOST 34.310, which BouncyCastle cannot verify).
 */
public interface SignatureVerifier {

    SignatureCheck verify(SignatureRequest request);
}
