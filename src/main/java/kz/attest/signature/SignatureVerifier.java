package kz.attest.signature;

/**
 * Verifies a CMS (CAdES-BES) signature: integrity, chain to a trusted root, validity at signing time, revocation, key
 * usage and, when asked, that the signer is the expected person (IIN). Implementations: BouncyCastle (RSA/ECDSA) and
 * an NCANode client (GOST 34.310, which BouncyCastle cannot verify).
 */
public interface SignatureVerifier {

    SignatureCheck verify(SignatureRequest request);
}
