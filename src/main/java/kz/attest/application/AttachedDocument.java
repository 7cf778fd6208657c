package kz.attest.application;

import java.time.Instant;
import java.util.UUID;

/** A typed document attached to a draft; the content is fetched only when downloaded. */
record AttachedDocument(UUID id, String typeCode, String fileName, String contentType, long size, String sha256,
                        Instant uploadedAt) {
}
