package kz.attest.itembank;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded zip (an XLSX workbook or a QTI content package) into memory, refusing what could harm the
 * server: entry names that leave the package ({@code ../}, absolute paths, drive letters, backslashes), duplicate
 * names, too many entries, too much inflated data in total, and entries inflating far more than their compressed
 * size (zip bombs). Inflated bytes are counted as they are read, so lying headers do not help.
 */
final class SafeZip {

    static final int JUDGED_FROM = 64 * 1024;

    private SafeZip() {
    }

    /** Whether the bytes start like a zip archive (local file header). */
    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The entries by name in archive order; throws {@link Refused} with a message key on the first danger. */
    static Map<String, byte[]> unpack(byte[] zip, ImportProperties limits) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        long maxTotal = limits.maxUnpackedSize().toBytes();
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                if (unsafeName(name)) {
                    throw new Refused("itembank.import.zip-path", name);
                }
                if (entries.size() >= limits.maxEntries()) {
                    throw new Refused("itembank.import.zip-entries", limits.maxEntries());
                }
                if (entries.containsKey(name)) {
                    throw new Refused("itembank.import.zip-duplicate", name);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int read;
                while ((read = in.read(buffer)) > 0) {
                    total += read;
                    if (total > maxTotal) {
                        throw new Refused("itembank.import.zip-bomb", name);
                    }
                    out.write(buffer, 0, read);
                }
                long compressed = entry.getCompressedSize();
                if (out.size() >= JUDGED_FROM && entry.getMethod() == ZipEntry.DEFLATED
                        && (compressed <= 0 || out.size() / Math.max(1, compressed) > limits.maxRatio())) {
                    throw new Refused("itembank.import.zip-bomb", name);
                }
                if (!entry.isDirectory()) {
                    entries.put(name, out.toByteArray());
                }
            }
        } catch (ZipException e) {
            throw new Refused("itembank.import.zip-broken", "");
        } catch (IOException e) {
            throw new Refused("itembank.import.zip-broken", "");
        }
        if (entries.isEmpty()) {
            throw new Refused("itembank.import.zip-broken", "");
        }
        return entries;
    }

    static boolean unsafeName(String name) {
        if (name == null || name.isEmpty() || name.length() > 512) {
            return true;
        }
        if (name.startsWith("/") || name.contains("\\") || name.indexOf(':') >= 0 || name.indexOf('\0') >= 0) {
            return true;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an XML part declares a document type or entities (refused: no DTD, no XXE). */
    static boolean declaresDoctype(byte[] xml) {
        String head = new String(xml, java.nio.charset.StandardCharsets.ISO_8859_1).replace("\0", "")
                .toUpperCase(Locale.ROOT);
        return head.contains("<!DOCTYPE") || head.contains("<!ENTITY");
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** A danger found in the archive: a message key of {@code i18n/itembank} and its argument. */
    static final class Refused extends RuntimeException {

        final String code;
        final Object argument;

        Refused(String code, Object argument) {
            super(code, null, false, false);
            this.code = code;
            this.argument = argument;
        }
    }
}
