package kz.attest.catalogue;

import java.util.List;

/** The catalogue file as read: a version and its lists. Validated by {@link CatalogueValidator} before use. */
record CatalogueData(String version,
                     List<Topic> topics,
                     List<ExpertSpecialty> specialties,
                     List<DocumentType> documentTypes,
                     List<ServiceDefinition> services) {

    CatalogueData {
        topics = topics == null ? List.of() : List.copyOf(topics);
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        documentTypes = documentTypes == null ? List.of() : List.copyOf(documentTypes);
        services = services == null ? List.of() : List.copyOf(services);
    }
}
