package kz.attest.campaign;

import kz.attest.testing.Bundles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fixed key the campaign pages and the requirements page use exists in Kazakh, Russian and English, and every
 * kind, decider and status has a name (keys built from enum names are checked here, not by the page tests).
 */
class CampaignMessagesTests {

    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void everyKeyOfTheCampaignAndRequirementPagesExists(String language) throws IOException {
        Set<String> keys = new HashSet<>();
        for (String bundle : List.of("campaign", "application", "messages")) {
            keys.addAll(load(bundle + "_" + language).stringPropertyNames());
        }
        for (String template : List.of("campaign/list.html", "campaign/detail.html", "application/requirements.html")) {
            Matcher matcher = MESSAGE_EXPRESSION.matcher(Files.readString(Path.of("src/main/resources/templates", template)));
            while (matcher.find()) {
                assertThat(keys).as("%s in %s", matcher.group(1), template).contains(matcher.group(1));
            }
        }
        for (CampaignKind kind : CampaignKind.values()) {
            assertThat(keys).contains("campaign.kind." + kind.name());
        }
        for (CampaignStatus status : CampaignStatus.values()) {
            assertThat(keys).contains("campaign.status." + status.name());
        }
        for (ExpertKind kind : ExpertKind.values()) {
            assertThat(keys).contains("campaign.expert-kind." + kind.name());
        }
        for (ExtraordinaryDecider decider : ExtraordinaryDecider.values()) {
            assertThat(keys).contains("campaign.decider." + decider.name());
        }
        for (var outcome : kz.attest.application.RegistryOutcome.values()) {
            assertThat(keys).contains(outcome.messageKey());
        }
        for (var registry : kz.attest.catalogue.QualificationRequirement.RegistryKind.values()) {
            assertThat(keys).contains("application.registry." + registry.name());
        }
    }

    private static Properties load(String bundle) throws IOException {
        return Bundles.load(bundle);
    }
}
