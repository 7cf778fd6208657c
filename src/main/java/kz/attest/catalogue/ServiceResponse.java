package kz.attest.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A service as the API shows it: code, name in the caller's language, the catalogue version, the full rules, and
 * the names (in the caller's language) of the topics, specialties and documents the rules refer to by code.
 */
record ServiceResponse(String code,
                       String name,
                       String catalogueVersion,
                       ServiceDefinition rules,
                       Map<String, String> topics,
                       Map<String, String> specialties,
                       Map<String, String> documents) {

    static ServiceResponse of(ServiceDefinition service, Catalogue catalogue, Locale locale) {
        Map<String, String> topics = new LinkedHashMap<>();
        service.stages().forEach(stage -> stage.blueprint().ifPresent(blueprint -> blueprint.quotas().forEach(
                quota -> topics.put(quota.topic(), catalogue.topic(quota.topic()).name().in(locale)))));
        Map<String, String> specialties = new LinkedHashMap<>();
        List<ExpertSpecialty> forService = catalogue.specialtiesFor(service.code());
        forService.forEach(s -> specialties.put(s.code(), s.name().in(locale)));
        Map<String, String> documents = new LinkedHashMap<>();
        service.requiredDocuments().forEach(d -> documents.put(d, catalogue.documentType(d).name().in(locale)));
        return new ServiceResponse(service.code().value(), service.name().in(locale), catalogue.version(), service,
                topics, specialties, documents);
    }
}
