package kz.attest.signature;

import kz.attest.web.Refusal;

/**
 * A key, certificate or PKI page request the signature module refuses (a signature that does not verify is a {@link
 * SignatureRefusedException}): its kind, message key and arguments; the web layer chooses the status (issue 15,
 * point 4).
 */
final class SigningRefusal extends Refusal {

    SigningRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
