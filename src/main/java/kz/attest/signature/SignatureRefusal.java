package kz.attest.signature;

import java.util.Locale;

/**
 * Why a signature is not accepted; each has a message key {@code signature.refused.<kebab-case name>}. The verifier
 * reports the first failure in the order integrity, chain, validity, key usage, revocation, IIN.
 */
public enum SignatureRefusal {
    MALFORMED,
    NO_SIGNER,
    INTEGRITY,
    UNSUPPORTED_ALGORITHM,
    UNTRUSTED_CHAIN,
    NOT_YET_VALID,
    EXPIRED,
    REVOKED,
    REVOCATION_UNKNOWN,
    KEY_USAGE,
    INVALID_IIN,
    IIN_MISMATCH,
    VERIFIER_UNAVAILABLE;

    public String messageKey() {
        return "signature.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
