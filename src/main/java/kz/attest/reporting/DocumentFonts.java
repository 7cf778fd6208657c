package kz.attest.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The fonts shipped inside the application (DejaVu Sans, which covers Kazakh Cyrillic), read from the class path. */
final class DocumentFonts {

    static final String FAMILY = "DejaVu Sans";
    static final String REGULAR = "/fonts/DejaVuSans.ttf";
    static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private DocumentFonts() {
    }

    private static final java.util.Map<String, byte[]> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The font file; read from the class path once and kept in memory (every document embeds it). */
    static InputStream open(String resource) {
        return new java.io.ByteArrayInputStream(LOADED.computeIfAbsent(resource, DocumentFonts::read));
    }

    private static byte[] read(String resource) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Font " + resource + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
