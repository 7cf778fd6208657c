package kz.attest.scheduling;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the digital documents adapter: the demonstration one unless a service URL is configured. */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    DigitalDocuments digitalDocuments(SchedulingProperties properties) {
        return properties.demoDigitalDocuments()
                ? new DemoDigitalDocuments()
                : new HttpDigitalDocuments(properties.digitalDocumentsUrl(), properties.digitalDocumentsTimeout());
    }
}
