package kz.attest.registry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the adapters chosen by {@code attest.registries.mode}: {@code demo} (default) or {@code http}. */
@Configuration(proxyBeanMethods = false)
class RegistryConfiguration {

    @Bean
    PersonRegistry personRegistry(RegistryProperties properties) {
        return http(properties)
                ? new HttpRegistries.Persons(HttpRegistries.client(properties.personUrl(), properties.timeout()))
                : new DemoRegistries();
    }

    @Bean
    SpecialRecords specialRecords(RegistryProperties properties) {
        return http(properties)
                ? new HttpRegistries.Records(HttpRegistries.client(properties.specialRecordsUrl(), properties.timeout()))
                : new DemoRegistries();
    }

    private static boolean http(RegistryProperties properties) {
        return "http".equalsIgnoreCase(properties.mode());
    }
}
