/**
 * Electronic digital signatures (EDS, ЭЦП): verification of CMS signatures behind {@link kz.attest.signature.SignatureVerifier}
 * (BouncyCastle for RSA/ECDSA — the demonstration CA and NCA RK's RSA certificates; an NCANode client for GOST), and
 * the demonstration certificate authority that issues NCA-shaped certificates to demo users.
 */
package kz.attest.signature;
