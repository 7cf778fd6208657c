package kz.attest.licensing;

import kz.attest.web.Refusal;

/**
 * The licensing module's named refusal (issue 15, point 4): its kind and the key of the message in the licensing
 * bundle that explains it; the web layer alone chooses the status.
 */
final class LicensingRefusal extends Refusal {

    LicensingRefusal(Kind kind, String key, Object... arguments) {
        super(kind, key, arguments);
    }
}
