package kz.attest.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * External registries ({@code attest.registries.*}).
 *
 * @param mode              {@code demo} (deterministic answers decided by the IIN's digits) or {@code http}
 * @param personUrl         base URL of the state database of individuals; {@code GET {url}/persons/{iin}}
 * @param specialRecordsUrl base URL of the special records service; {@code GET {url}/records/{iin}}
 * @param timeout           connect and read timeout of one request
 */
@ConfigurationProperties("attest.registries")
record RegistryProperties(@DefaultValue("demo") String mode,
                                 @DefaultValue("http://127.0.0.1:14600") String personUrl,
                                 @DefaultValue("http://127.0.0.1:14601") String specialRecordsUrl,
                                 @DefaultValue("5s") Duration timeout) {
}
