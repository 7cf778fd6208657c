package kz.attest.identity;

import java.util.Locale;
import java.util.Map;

/**
 * A section of the applicant's cabinet (seed 001) that another module fills: the model attributes its part of
 * {@code identity/cabinet.html} reads. Identity owns the page and cannot depend on the modules that fill it.
 */
public interface CabinetSection {

    Map<String, ?> attributes(SignedInUser user, Locale locale);
}
