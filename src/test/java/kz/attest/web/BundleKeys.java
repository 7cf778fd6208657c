package kz.attest.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The keys a module's pages and code name, for the modules' message tests: {@link MessageBundlesTests} proves every
 * bundle has the same keys in Kazakh, Russian and English, so a module's test checks only that the keys it uses exist.
 */
public final class BundleKeys {

    private BundleKeys() {
    }

    /** The module's English bundle, {@code i18n/<module>_en.properties}. */
    public static Properties english(String module) {
        Properties properties = new Properties();
        try (InputStream in = BundleKeys.class.getResourceAsStream("/i18n/" + module + "_en.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A quoted key of the module in Java code, {@code "module.….…"} (audit actions match it too). */
    public static Pattern quoted(String module) {
        return Pattern.compile("\"(" + module + "\\.[a-z-]+\\.[a-z.-]+[a-z])\"");
    }

    /**
     * The keys of the module named in its templates ({@code #{module.…}}) and its Java sources (group 1 of
     * {@code codeKey}) that the English bundle lacks, each with its file; those {@code notMessages} accepts (audit
     * actions, key prefixes) are left out.
     */
    public static List<String> missing(String module, Pattern codeKey, Predicate<String> notMessages) {
        Properties en = english(module);
        Pattern templateKey = Pattern.compile("#\\{(" + module + "\\.[a-zA-Z.-]+)[(}]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources/templates", module)),
                Files.list(Path.of("src/main/java/kz/attest", module)))) {
            for (Path file : files.toList()) {
                Matcher key = (file.toString().endsWith(".html") ? templateKey : codeKey).matcher(Files.readString(file));
                while (key.find()) {
                    String found = key.group(1);
                    if (!notMessages.test(found) && !en.containsKey(found)) {
                        missing.add(file + ": " + found);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }
}
