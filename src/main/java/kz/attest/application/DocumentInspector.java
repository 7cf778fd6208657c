package kz.attest.application;

import kz.attest.web.AcceptedFiles;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.util.unit.DataSize;

import java.util.Locale;
import java.util.Map;

/**
 * Accepts an attached file only for what its bytes are: PDF, JPEG or PNG, detected from the content (never the
 * name), not empty and within the size limit; a name whose extension claims another type is refused too.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DocumentInspector {

    private static final Map<String, String> TYPE_OF_EXTENSION = Map.of(
            "pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");
    private static final AcceptedFiles ACCEPTED = new AcceptedFiles(ApplicationRefusal::new,
            "application.document.empty", "application.document.too-large", "application.document.type-not-accepted");

    private final DataSize limit;

    /** The content type of an acceptable file, or a localized 4xx refusal. */
    String inspect(String fileName, byte[] content) {
        String detected = ACCEPTED.typeOf(content, limit);
        String extension = extension(fileName);
        if (!extension.isEmpty() && !detected.equals(TYPE_OF_EXTENSION.get(extension))) {
            throw new ApplicationRefusal(Kind.UNSUPPORTED_TYPE, "application.document.type-mismatch",
                    extension);
        }
        return detected;
    }

    /** A name safe to store and show: no path, no control characters, at most 200 characters. */
    static String cleanName(String fileName) {
        return AcceptedFiles.cleanName(fileName, "document");
    }

    private static String extension(String fileName) {
        String name = cleanName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
