package kz.attest.testing;

import org.springframework.context.support.ResourceBundleMessageSource;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' message bundles {@code i18n/<bundle>_<language>.properties} as their tests read them: loaded, compared
 * across Kazakh, Russian and English, searched for the keys a module's pages and code name, and served as a
 * {@link ResourceBundleMessageSource} to the plain tests of classes that format messages.
 */
public final class Bundles {

    private Bundles() {
    }

    /** {@code bundle} with or without its language: {@code load("calendar_kk")} or {@code load("calendar", "kk")}. */
    public static Properties load(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = Bundles.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            assertThat(in).as(bundle + " is on the class path").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public static Properties load(String bundle, String language) {
        return load(bundle + "_" + language);
    }

    /** The module's English bundle, {@code i18n/<module>_en.properties}. */
    public static Properties english(String module) {
        return load(module, "en");
    }

    /** The bundle has the same keys in Kazakh, Russian and English. */
    public static void assertSameKeysInEveryLanguage(String bundle) {
        java.util.Set<String> english = english(bundle).stringPropertyNames();
        assertThat(load(bundle, "kk").stringPropertyNames()).isEqualTo(english);
        assertThat(load(bundle, "ru").stringPropertyNames()).isEqualTo(english);
    }

    /** The bundle has the same keys in Kazakh, Russian and English, none of them blank. */
    public static void assertEveryKeyInEveryLanguage(String bundle) {
        assertSameKeysInEveryLanguage(bundle);
        for (String language : new String[]{"kk", "ru", "en"}) {
            Properties messages = load(bundle, language);
            messages.stringPropertyNames().forEach(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    /**
     * The bundles as the application reads them ({@code basenames} such as {@code "i18n/messages"}, UTF-8), without
     * falling back to the machine's language: for the plain tests of what formats messages.
     */
    public static ResourceBundleMessageSource messageSource(String... basenames) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** A quoted key of the module in Java code, {@code "module.….…"} (audit actions match it too). */
    public static Pattern quoted(String module) {
        return Pattern.compile("\"(" + module + "\\.[a-z-]+\\.[a-z.-]+[a-z])\"");
    }

    /**
     * The keys of the module named in its templates ({@code #{module.…}}) and its Java sources (group 1 of
     * {@code codeKey}) that the English bundle lacks, each with its file; those {@code notMessages} accepts (audit
     * actions, key prefixes) are left out. That every bundle has the same keys in Kazakh, Russian and English is
     * {@code MessageBundlesTests}'s proof, so a module's test checks only that the keys it uses exist.
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
