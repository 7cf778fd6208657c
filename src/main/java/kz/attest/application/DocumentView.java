package kz.attest.application;

import java.util.UUID;

/** A document attached to an application, as shown to the applicant and the officer. */
record DocumentView(UUID id, String type, String fileName, String contentType, long size, String sha256) {

    static DocumentView of(AttachedDocument document) {
        return new DocumentView(document.id(), document.typeCode(), document.fileName(), document.contentType(),
                document.size(), document.sha256());
    }
}
