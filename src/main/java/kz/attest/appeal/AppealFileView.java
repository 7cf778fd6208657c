package kz.attest.appeal;

import java.util.UUID;

/** A file attached to a complaint (its bytes are downloaded separately). */
record AppealFileView(UUID id, String fileName, String contentType, long size) {
}
