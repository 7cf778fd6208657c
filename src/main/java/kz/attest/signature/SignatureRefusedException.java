package kz.attest.signature;

import kz.attest.web.Refusal;

/**
 * A signature that does not verify: bad input with the reason in the user's language (a verifier that does not answer:
 * unavailable); nothing is stored.
 */
class SignatureRefusedException extends Refusal {

    private final SignatureRefusal refusal;

    public SignatureRefusedException(SignatureRefusal refusal) {
        super(refusal == SignatureRefusal.VERIFIER_UNAVAILABLE ? Kind.UNAVAILABLE : Kind.BAD_INPUT, refusal.messageKey());
        this.refusal = refusal;
    }

    public SignatureRefusal refusal() {
        return refusal;
    }
}
