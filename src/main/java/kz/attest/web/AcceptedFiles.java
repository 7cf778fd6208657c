package kz.attest.web;

import org.apache.tika.Tika;
import org.springframework.util.unit.DataSize;

import java.util.Set;

/**
 * What a field for a person's file accepts (an application's document, an objection's or a complaint's attachment):
 * a file judged by its bytes, never its name — not empty, within the size limit, of a type detected by Tika among
 * {@link #DOCUMENT_TYPES}. A module declares one with its own refusal and message keys and asks
 * {@link #typeOf} for the detected type; the refusals are the module's, so the person reads the field's own words.
 */
public final class AcceptedFiles {

    /** PDF, JPEG or PNG: the documents a person may attach. */
    public static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private static final Tika TIKA = new Tika();

    /** A module's refusal constructor ({@code XRefusal::new}). */
    @FunctionalInterface
    public interface Refusals {
        Refusal refuse(Refusal.Kind kind, String messageKey, Object... arguments);
    }

    private final Refusals refusals;
    private final String emptyKey;
    private final String tooLargeKey;
    private final String typeKey;

    /**
     * @param refusals    the module's refusal
     * @param emptyKey    message key for an empty file (400)
     * @param tooLargeKey message key for a file over the limit (413), given the limit in megabytes
     * @param typeKey     message key for content of another type (415)
     */
    public AcceptedFiles(Refusals refusals, String emptyKey, String tooLargeKey, String typeKey) {
        this.refusals = refusals;
        this.emptyKey = emptyKey;
        this.tooLargeKey = tooLargeKey;
        this.typeKey = typeKey;
    }

    /** The content type detected from the bytes of an acceptable file; else the module's refusal. */
    public String typeOf(byte[] content, DataSize limit) {
        if (content == null || content.length == 0) {
            throw refusals.refuse(Refusal.Kind.BAD_INPUT, emptyKey);
        }
        if (content.length > limit.toBytes()) {
            throw refusals.refuse(Refusal.Kind.TOO_LARGE, tooLargeKey, limit.toMegabytes());
        }
        String detected = TIKA.detect(content);
        if (!DOCUMENT_TYPES.contains(detected)) {
            throw refusals.refuse(Refusal.Kind.UNSUPPORTED_TYPE, typeKey);
        }
        return detected;
    }

    /**
     * A name safe to store and show: no path, no control characters, at most the last 200 characters;
     * {@code fallback} when nothing is left.
     */
    public static String cleanName(String fileName, String fallback) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = fallback;
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
