package kz.attest.scheduling;

import kz.attest.testing.Bundles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every scheduling message exists in Kazakh, Russian and English; pages and refusals use only keys that exist. */
class SchedulingMessagesTests {

    @Test
    void everyKeyIsInAllThreeLanguages() throws IOException {
        Bundles.assertEveryKeyInEveryLanguage("scheduling");
    }

    @Test
    void pagesAndRefusalsUseOnlyKnownKeys() throws IOException {
        Properties en = load("en");
        Pattern templateKey = Pattern.compile("#\\{(scheduling\\.[a-zA-Z.-]+)[(}]");
        Pattern refusalKey = Pattern.compile("(?:badRequest|conflict|notFound|forbidden)\\(\"(scheduling\\.[a-z.-]+)\"");
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources/templates/scheduling")),
                Files.list(Path.of("src/main/java/kz/attest/scheduling")))) {
            for (Path file : files.toList()) {
                Matcher key = (file.toString().endsWith(".html") ? templateKey : refusalKey).matcher(Files.readString(file));
                while (key.find()) {
                    assertThat(en).as(file + ": " + key.group(1)).containsKey(key.group(1));
                }
            }
        }
        for (SessionState state : SessionState.values()) {
            assertThat(en).containsKey("scheduling.state." + state);
        }
        for (SittingState state : SittingState.values()) {
            assertThat(en).containsKey("scheduling.sitting-state." + state);
        }
        for (IdentityDocumentType type : IdentityDocumentType.values()) {
            assertThat(en).containsKey("scheduling.document." + type);
        }
        for (String template : new String[]{Sessions.NOTICE_ASSIGNED, CheckIns.NOTICE_ABSENT}) {
            for (String part : new String[]{"parameters", "subject", "body", "sms"}) {
                assertThat(en).containsKey("notice." + template + "." + part);
            }
        }
    }

    private static Properties load(String language) throws IOException {
        return Bundles.load("scheduling", language);
    }
}
