package kz.attest.signature;

import kz.attest.web.LocalizedException;
import org.springframework.http.HttpStatus;

/** A signature that does not verify: a 400 with the reason in the user's language; nothing is stored. */
class SignatureRefusedException extends LocalizedException {

    private final SignatureRefusal refusal;

    public SignatureRefusedException(SignatureRefusal refusal) {
        super(refusal == SignatureRefusal.VERIFIER_UNAVAILABLE ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_REQUEST,
                refusal.messageKey());
        this.refusal = refusal;
    }

    public SignatureRefusal refusal() {
        return refusal;
    }
}
