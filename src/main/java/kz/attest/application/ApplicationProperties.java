package kz.attest.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the application module ({@code attest.application.*}).
 *
 * @param maxDocumentSize the largest document an applicant may attach
 * @param ncalayerUrl     where the browser finds NCALayer (or the development signer)
 */
@ConfigurationProperties("attest.application")
record ApplicationProperties(@DefaultValue("10MB") DataSize maxDocumentSize,
                             @DefaultValue("wss://127.0.0.1:13579") String ncalayerUrl) {
}
