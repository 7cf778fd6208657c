package kz.attest.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the application module ({@code attest.application.*}).
 *
 * @param maxDocumentSize the largest document an applicant may attach (the NCALayer URL is the layout's
 *                        {@code attest.signature.ncalayer-url})
 */
@ConfigurationProperties("attest.application")
record ApplicationProperties(@DefaultValue("10MB") DataSize maxDocumentSize) {
}
