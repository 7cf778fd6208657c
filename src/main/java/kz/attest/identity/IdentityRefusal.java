package kz.attest.identity;

import kz.attest.web.Refusal;

/**
 * A sign-in, organisation or demo-key request the identity module refuses: its kind, message key and arguments; the
 * web layer chooses the status (issue 15, point 4).
 */
final class IdentityRefusal extends Refusal {

    IdentityRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
