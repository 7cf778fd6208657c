package kz.attest.application;

import kz.attest.catalogue.Catalogue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Names of services and document types in the reader's language, for the pages. */
final class ApplicationNames {

    private ApplicationNames() {
    }

    static Map<String, String> services(Catalogue catalogue, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        catalogue.all().forEach(s -> names.put(s.code().value(), s.name().in(locale)));
        return names;
    }

    static Map<String, String> documents(Catalogue catalogue, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        catalogue.documentTypes().forEach(d -> names.put(d.code(), d.name().in(locale)));
        return names;
    }
}
