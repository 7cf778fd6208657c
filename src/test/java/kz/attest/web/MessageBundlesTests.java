package kz.attest.web;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message exists in Kazakh, Russian and English, and none is blank. */
class MessageBundlesTests {

    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        Map<String, Map<String, Properties>> bundles = loadBundles();
        assertThat(bundles).containsKey("messages");
        List<String> problems = new ArrayList<>();
        bundles.forEach((bundle, byLanguage) -> {
            Set<String> allKeys = new TreeSet<>();
            byLanguage.values().forEach(p -> allKeys.addAll(p.stringPropertyNames()));
            for (String language : LANGUAGES) {
                Properties properties = byLanguage.get(language);
                if (properties == null) {
                    problems.add(bundle + "_" + language + ".properties is missing");
                    continue;
                }
                for (String key : allKeys) {
                    String value = properties.getProperty(key);
                    if (value == null) {
                        problems.add(bundle + "_" + language + ": missing " + key);
                    } else if (value.isBlank()) {
                        problems.add(bundle + "_" + language + ": blank " + key);
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    private static Map<String, Map<String, Properties>> loadBundles() throws IOException {
        Map<String, Map<String, Properties>> bundles = new TreeMap<>();
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_*.properties");
        for (Resource resource : resources) {
            String name = resource.getFilename();
            int underscore = name.lastIndexOf('_');
            String bundle = name.substring(0, underscore);
            String language = name.substring(underscore + 1, name.length() - ".properties".length());
            Properties properties = new Properties();
            try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            bundles.computeIfAbsent(bundle, b -> new TreeMap<>()).put(language, properties);
        }
        return bundles;
    }
}
