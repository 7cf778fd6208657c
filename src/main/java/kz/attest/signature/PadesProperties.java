package kz.attest.signature;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * PAdES settings of decisions and certificates ({@code attest.signature.pades.*}).
 *
 * @param keyPassword      password of the document-signing keys the demonstration CA issues to organisations
 *                         ({@code <data dir>/document-keys/<organisation>.p12})
 * @param organisationKeys per organisation id, a PKCS#12 key store holding its production document-signing key
 * @param tsa              the time-stamp authority that raises signatures to PAdES-B-T
 * @param onlineRevocation ask the CRL distribution points and OCSP responders named in certificates (NCA RK's) when
 *                         validating; off by default (the demonstration CA answers from its own CRL)
 */
@ConfigurationProperties("attest.signature.pades")
record PadesProperties(@DefaultValue("attest-documents") String keyPassword,
                              @DefaultValue Map<String, KeyStoreFile> organisationKeys,
                              @DefaultValue Tsa tsa,
                              @DefaultValue("false") boolean onlineRevocation) {

    /**
     * @param file     the PKCS#12 file
     * @param password its password
     * @param alias    the key's alias; the first key entry when blank
     */
    public record KeyStoreFile(Path file, String password, String alias) {
    }

    /**
     * @param mode    {@code none} (PAdES-B-B), {@code demo} (the demonstration TSA in the data directory) or {@code http}
     * @param url     the RFC 3161 service for {@code http}
     * @param timeout connect and read timeout of one request to it
     */
    public record Tsa(@DefaultValue("none") String mode, String url, @DefaultValue("10s") Duration timeout) {
    }
}
