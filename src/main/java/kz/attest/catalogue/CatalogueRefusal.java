package kz.attest.catalogue;

import kz.attest.web.Refusal;

/**
 * A request the catalogue module refuses (issue 15, point 4): the kind of refusal, a message key of the module's bundle and
 * its arguments. The web layer alone turns the kind into a status ({@code web.ApiExceptionHandler.statusOf}).
 */
final class CatalogueRefusal extends Refusal {

    CatalogueRefusal(Kind kind, String messageKey, Object... arguments) {
        super(kind, messageKey, arguments);
    }

    /** The caller's input is wrong (400); nothing was stored. */
    static CatalogueRefusal badInput(String messageKey, Object... arguments) {
        return new CatalogueRefusal(Kind.BAD_INPUT, messageKey, arguments);
    }

    /** The caller may not do this (403). */
    static CatalogueRefusal notAllowed(String messageKey, Object... arguments) {
        return new CatalogueRefusal(Kind.NOT_ALLOWED, messageKey, arguments);
    }

    /** No such object, or none the caller may know of (404). */
    static CatalogueRefusal notFound(String messageKey, Object... arguments) {
        return new CatalogueRefusal(Kind.NOT_FOUND, messageKey, arguments);
    }

    /** The object is not in a state for this (409). */
    static CatalogueRefusal wrongState(String messageKey, Object... arguments) {
        return new CatalogueRefusal(Kind.WRONG_STATE, messageKey, arguments);
    }
}
