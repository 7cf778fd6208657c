package kz.attest.scheduling;

import kz.attest.testing.Bundles;
import org.junit.jupiter.api.Test;

import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages and refusals of scheduling use only keys that exist, and every state, document and notice has its messages
 * (that each key is in Kazakh, Russian and English is {@code MessageBundlesTests}'s proof).
 */
class SchedulingMessagesTests {

    @Test
    void pagesAndRefusalsUseOnlyKnownKeys() {
        Pattern refusalKey = Pattern.compile(
                "(?:Refusal\\(Kind\\.[A-Z_]+, |HttpStatus\\.[A-Z_]+, )\"(scheduling\\.[a-z.-]+)\"");
        assertThat(Bundles.missing("scheduling", refusalKey, key -> false)).isEmpty();
        Properties en = Bundles.english("scheduling");
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
}
