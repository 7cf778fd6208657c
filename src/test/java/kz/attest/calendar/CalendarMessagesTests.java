package kz.attest.calendar;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every calendar message exists in Kazakh, Russian and English, and the page uses only keys that exist. */
class CalendarMessagesTests {

    @Test
    void everyKeyIsInAllThreeLanguages() throws IOException {
        Properties kk = load("kk");
        Properties ru = load("ru");
        Properties en = load("en");
        assertThat(kk.stringPropertyNames()).isEqualTo(ru.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        kk.stringPropertyNames().forEach(key -> assertThat(kk.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void refusalsAndKindsHaveMessages() throws IOException {
        Properties ru = load("ru");
        for (DayKind kind : DayKind.values()) {
            assertThat(ru).containsKey("calendar.kind." + kind);
        }
    }

    @Test
    void pageUsesOnlyKnownKeys() throws IOException {
        Properties en = load("en");
        String page = Files.readString(Path.of("src/main/resources/templates/calendar/admin.html"));
        Matcher key = Pattern.compile("#\\{(calendar\\.[a-z.-]+)[(}]").matcher(page);
        while (key.find()) {
            assertThat(en).as(key.group(1)).containsKey(key.group(1));
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CalendarMessagesTests.class.getResourceAsStream("/i18n/calendar_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
