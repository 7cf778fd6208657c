package kz.attest.identity;

import kz.attest.testing.Bundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every visible string of the identity module exists in Kazakh, Russian and English. */
class IdentityMessagesTests {

    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)");

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        Bundles.assertSameKeysInEveryLanguage("identity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void everyKeyUsedInTheIdentityTemplatesExists(String language) throws IOException {
        Set<String> keys = new HashSet<>(load("identity_" + language).stringPropertyNames());
        keys.addAll(load("messages_" + language).stringPropertyNames());
        keys.addAll(load("portal_" + language).stringPropertyNames()); // the shared workplace and layout keys
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/identity"))) {
            for (Path template : Stream.concat(templates, Stream.of(Path.of("src/main/resources/templates/fragments/layout.html"))).toList()) {
                Matcher matcher = MESSAGE_EXPRESSION.matcher(Files.readString(template));
                while (matcher.find()) {
                    assertThat(keys).as("%s in %s", matcher.group(1), template).contains(matcher.group(1));
                }
            }
        }
    }

    @Test
    void everyRoleAndStaffDutyHasAName() throws IOException {
        Set<String> keys = load("identity_kk").stringPropertyNames();
        for (Role role : Role.values()) {
            assertThat(keys).contains(role.messageKey());
            if (role.isStaff()) {
                assertThat(keys).contains("identity.staff.duty." + role.name());
            }
        }
        Arrays.stream(Iin.Reason.values()).forEach(reason -> assertThat(keys).contains(reason.messageKey()));
    }

    private static Properties load(String bundle) throws IOException {
        return Bundles.load(bundle);
    }
}
