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

    static InputStream open(String resource) {
        InputStream in = DocumentFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Font " + resource + " is missing from the application"));
        }
        return in;
    }
}
