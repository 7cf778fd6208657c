package kz.attest.itembank;

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

/** Every bank message exists in Kazakh, Russian and English; pages and code use only keys that exist. */
class ItemBankMessagesTests {

    @Test
    void everyKeyIsInAllThreeLanguages() throws IOException {
        Bundles.assertEveryKeyInEveryLanguage("itembank");
    }

    @Test
    void pagesAndRefusalsUseOnlyKnownKeys() throws IOException {
        Properties en = load("en");
        Pattern templateKey = Pattern.compile("#\\{(itembank\\.[a-zA-Z.-]+)[(}]");
        Pattern codeKey = Pattern.compile("\"(itembank\\.[a-z-]+\\.[a-z.-]+[a-z])\"");
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources/templates/itembank")),
                Files.list(Path.of("src/main/java/kz/attest/itembank")))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                Matcher key = (file.toString().endsWith(".html") ? templateKey : codeKey).matcher(text);
                while (key.find()) {
                    String found = key.group(1);
                    if (found.startsWith("itembank.item-") || found.startsWith("itembank.case-")
                            || found.startsWith("itembank.content-") || found.startsWith("itembank.key-")
                            || found.startsWith("itembank.form-") || found.startsWith("itembank.demo-")
                            || found.endsWith(".")) {
                        continue; // audit actions and key prefixes, not messages
                    }
                    assertThat(en).as(file + ": " + found).containsKey(found);
                }
            }
        }
        for (ItemStatus status : ItemStatus.values()) {
            assertThat(en).containsKey("itembank.status." + status);
        }
        for (String kind : new String[]{"topic", "service", "specialty"}) {
            assertThat(en).containsKey("itembank.readiness.shortfall." + kind).containsKey("itembank.form.shortfall." + kind);
        }
        for (String action : new String[]{"submit", "approve", "send-back", "retire"}) {
            assertThat(en).containsKey("itembank.notice." + action).containsKey("itembank.action." + action);
        }
    }

    private static Properties load(String language) throws IOException {
        return Bundles.load("itembank", language);
    }
}
