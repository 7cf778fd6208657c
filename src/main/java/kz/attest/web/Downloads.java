package kz.attest.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/**
 * The answer of a file to save (a report, a signed file, a document someone uploaded): its type and a
 * {@code Content-Disposition: attachment} naming the file; the caller adds any header of its own and the body.
 */
public final class Downloads {

    private Downloads() {
    }

    /** A file the platform names (a plain ASCII name: {@code filename="…"}). */
    public static ResponseEntity.BodyBuilder attachment(MediaType type, String fileName) {
        return disposition(type, ContentDisposition.attachment().filename(fileName).build());
    }

    /** A file a person uploaded, under the name it came with in any language ({@code filename*=UTF-8''…}). */
    public static ResponseEntity.BodyBuilder uploaded(MediaType type, String fileName) {
        return disposition(type, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build());
    }

    /** A file a person uploaded, answered as it was stored: its detected content type, its own name, its bytes. */
    public static ResponseEntity<byte[]> uploaded(String contentType, String fileName, byte[] content) {
        return uploaded(MediaType.parseMediaType(contentType), fileName).body(content);
    }

    private static ResponseEntity.BodyBuilder disposition(MediaType type, ContentDisposition disposition) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
    }
}
