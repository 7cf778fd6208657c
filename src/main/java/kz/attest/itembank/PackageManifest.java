package kz.attest.itembank;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The readable part of a sealed package (¶14, ¶41, ¶66, ¶89): what it holds and for whom, without any question text.
 * It travels inside the Ministry's signature next to the encrypted content, so it can be checked before decryption.
 *
 * @param packageId            unique id of this package
 * @param line                 the services it serves, sorted and joined by {@code +}: versions count per line
 * @param version              1, 2, … per line; an operator imports only a version above every one it has had
 * @param services             service codes the content was chosen for
 * @param itemsPerTopic        approved questions per topic
 * @param casesPerScope        approved cases per scope ({@code SERVICE:code} or {@code SPECIALTY:code})
 * @param contentSha256        SHA-256 (hex) of the content before encryption
 * @param envelopeSha256       SHA-256 (hex) of the CMS AuthEnvelopedData that carries the content
 * @param recipientFingerprint SHA-256 (hex) of the operator's encryption certificate
 * @param recipientSubject     that certificate's subject, for people reading the manifest
 * @param notBefore            the operator refuses the package before this instant
 * @param notAfter             … and from this instant on
 * @param createdBy            the Ministry employee who exported it
 * @param catalogueVersion     the catalogue (blueprints) the content was chosen against
 */
record PackageManifest(String format, UUID packageId, String line, int version, List<String> services,
                              Map<String, Integer> itemsPerTopic, Map<String, Integer> casesPerScope,
                              int items, int cases, String contentSha256, String envelopeSha256,
                              String recipientFingerprint, String recipientSubject, Instant notBefore,
                              Instant notAfter, String createdBy, Instant createdAt, String catalogueVersion) {

    static final String FORMAT = "attest-kz/sealed-package/1";

    public PackageManifest {
        services = services == null ? List.of() : List.copyOf(services);
        itemsPerTopic = itemsPerTopic == null ? Map.of() : Map.copyOf(new java.util.TreeMap<>(itemsPerTopic));
        casesPerScope = casesPerScope == null ? Map.of() : Map.copyOf(new java.util.TreeMap<>(casesPerScope));
    }

    /** The line of a set of services: sorted, distinct, joined by {@code +}. */
    static String lineOf(java.util.Collection<String> services) {
        return String.join("+", new java.util.TreeSet<>(services));
    }

    PackageManifest withHashes(String content, String envelope) {
        return new PackageManifest(format, packageId, line, version, services, itemsPerTopic, casesPerScope, items,
                cases, content, envelope, recipientFingerprint, recipientSubject, notBefore, notAfter, createdBy,
                createdAt, catalogueVersion);
    }
}
