package kz.attest.application;

import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.tika.Tika;
import org.springframework.util.unit.DataSize;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Accepts an attached file only for what its bytes are: PDF, JPEG or PNG, detected from the content (never the
 * name), not empty and within the size limit; a name whose extension claims another type is refused too.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DocumentInspector {

    static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");
    private static final Map<String, String> TYPE_OF_EXTENSION = Map.of(
            "pdf", "application/pdf", "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png");
    private static final Tika TIKA = new Tika();

    private final DataSize limit;

    /** The content type of an acceptable file, or a localized 4xx refusal. */
    String inspect(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ApplicationRefusal(Kind.BAD_INPUT, "application.document.empty");
        }
        if (content.length > limit.toBytes()) {
            throw new ApplicationRefusal(Kind.TOO_LARGE, "application.document.too-large",
                    limit.toMegabytes());
        }
        String detected = TIKA.detect(content);
        if (!ACCEPTED.contains(detected)) {
            throw new ApplicationRefusal(Kind.UNSUPPORTED_TYPE, "application.document.type-not-accepted");
        }
        String extension = extension(fileName);
        if (!extension.isEmpty() && !detected.equals(TYPE_OF_EXTENSION.get(extension))) {
            throw new ApplicationRefusal(Kind.UNSUPPORTED_TYPE, "application.document.type-mismatch",
                    extension);
        }
        return detected;
    }

    /** A name safe to store and show: no path, no control characters, at most 200 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String extension(String fileName) {
        String name = cleanName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
