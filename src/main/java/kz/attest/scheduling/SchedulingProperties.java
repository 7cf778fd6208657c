package kz.attest.scheduling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of scheduling ({@code attest.scheduling.*}).
 *
 * @param digitalDocumentsUrl     base URL of the digital documents service; empty means the demonstration adapter
 * @param digitalDocumentsTimeout how long check-in waits for that service
 */
@ConfigurationProperties("attest.scheduling")
record SchedulingProperties(String digitalDocumentsUrl, @DefaultValue("5s") Duration digitalDocumentsTimeout) {

    boolean demoDigitalDocuments() {
        return digitalDocumentsUrl == null || digitalDocumentsUrl.isBlank();
    }
}
