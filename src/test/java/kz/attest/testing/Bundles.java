package kz.attest.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** A module's message bundle {@code i18n/<bundle>_<language>.properties} as the module's *MessagesTests read it. */
public final class Bundles {

    private Bundles() {
    }

    /** {@code bundle} with or without its language: {@code load("calendar_kk")} or {@code load("calendar", "kk")}. */
    public static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Bundles.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            assertThat(in).as(bundle + " is on the class path").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    public static Properties load(String bundle, String language) throws IOException {
        return load(bundle + "_" + language);
    }

    /** The bundle has the same keys in Kazakh, Russian and English, none of them blank. */
    public static void assertEveryKeyInEveryLanguage(String bundle) throws IOException {
        Properties kk = load(bundle, "kk");
        Properties ru = load(bundle, "ru");
        Properties en = load(bundle, "en");
        assertThat(kk.stringPropertyNames()).isEqualTo(ru.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (Properties language : new Properties[]{kk, ru, en}) {
            language.stringPropertyNames().forEach(key -> assertThat(language.getProperty(key)).as(key).isNotBlank());
        }
    }
}
