package kz.attest.catalogue;

import kz.attest.web.Refusal;

/**
 * A service, topic, specialty or document type the catalogue does not know: its kind, message key and arguments; the
 * web layer chooses the status (issue 15, point 4).
 */
final class CatalogueRefusal extends Refusal {

    CatalogueRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }
}
