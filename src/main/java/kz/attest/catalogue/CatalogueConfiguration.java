package kz.attest.catalogue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Loads and validates the catalogue at start-up: an invalid catalogue stops the platform with one clear message. */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CatalogueConfiguration.class);

    @Bean
    Catalogue catalogue(CatalogueProperties properties, kz.attest.AttestProperties attest, ResourceLoader resources) {
        return load(properties, properties.interviewServices(attest.loadDemoData()), resources);
    }

    /** The catalogue as configured, without demonstration data (for the start-up tests). */
    Catalogue catalogue(CatalogueProperties properties, ResourceLoader resources) {
        return load(properties, properties.interviewServices(false), resources);
    }

    private Catalogue load(CatalogueProperties properties, java.util.List<String> interviewServices,
                           ResourceLoader resources) {
        Resource resource = resources.getResource(properties.location());
        if (!resource.exists()) {
            throw new InvalidCatalogueException(java.util.List.of(properties.location() + " does not exist"));
        }
        try {
            Catalogue catalogue = new CatalogueLoader().load(resource.getInputStream(), properties.location(),
                    interviewServices);
            log.info("Service catalogue {} loaded from {}: {} services; commission interview on for {}",
                    catalogue.version(), properties.location(), catalogue.all().size(),
                    catalogue.all().stream().filter(ServiceDefinition::interviewHeld).map(ServiceDefinition::code).toList());
            return catalogue;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the service catalogue " + properties.location(), e);
        }
    }
}
