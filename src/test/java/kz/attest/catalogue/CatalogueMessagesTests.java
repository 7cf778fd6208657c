package kz.attest.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every UI label of the catalogue exists in kk, ru and en, including one per enum value the pages show. */
class CatalogueMessagesTests {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (var in = CatalogueMessagesTests.class.getClassLoader()
                .getResourceAsStream("i18n/catalogue_" + language + ".properties")) {
            assertThat(in).as(language).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void allThreeLanguagesHaveTheSameKeys() throws IOException {
        Properties en = bundle("en");
        assertThat(bundle("kk").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(bundle("ru").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void everyShownEnumValueHasALabel(String language) throws IOException {
        Properties messages = bundle(language);
        List<String> keys = new ArrayList<>();
        Stream.of(DeadlineStep.values()).forEach(v -> keys.add("catalogue.step." + v));
        Stream.of(DeadlineAnchor.values()).forEach(v -> keys.add("catalogue.anchor." + v));
        Stream.of(ProviderKind.values()).forEach(v -> keys.add("catalogue.provider." + v));
        Stream.of(ServiceKind.values()).forEach(v -> keys.add("catalogue.service-kind." + v));
        Stream.of(StageKind.values()).forEach(v -> keys.add("catalogue.stage-kind." + v));
        Stream.of(TermUnit.values()).forEach(v -> keys.add(v.messageKey()));
        keys.add("catalogue.variant.ISSUE");
        keys.add("catalogue.variant.REISSUE");
        assertThat(messages.stringPropertyNames()).containsAll(keys);
        assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).isNotBlank());
    }

    @Test
    void kazakhAndRussianLabelsAreNotEnglish() throws IOException {
        Properties en = bundle("en");
        Properties kk = bundle("kk");
        Properties ru = bundle("ru");
        for (String key : en.stringPropertyNames()) {
            assertThat(kk.getProperty(key)).as("kk " + key).matches("(?s).*[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі].*");
            assertThat(ru.getProperty(key)).as("ru " + key).matches("(?s).*[А-Яа-яЁё].*");
        }
    }
}
