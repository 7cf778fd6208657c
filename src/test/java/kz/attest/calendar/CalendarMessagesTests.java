package kz.attest.calendar;

import kz.attest.testing.Bundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
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
        Bundles.assertEveryKeyInEveryLanguage("calendar");
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
        return Bundles.load("calendar", language);
    }
}
