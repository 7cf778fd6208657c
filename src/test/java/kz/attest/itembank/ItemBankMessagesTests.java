package kz.attest.itembank;

import kz.attest.testing.Bundles;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages and code of the bank use only keys that exist, and every status, shortfall and review action has its
 * messages (that each key is in Kazakh, Russian and English is {@code MessageBundlesTests}'s proof).
 */
class ItemBankMessagesTests {

    @Test
    void pagesAndCodeUseOnlyKnownKeys() {
        // audit actions and key prefixes are not messages
        assertThat(Bundles.missing("itembank", Bundles.quoted("itembank"), found -> found.startsWith("itembank.item-")
                || found.startsWith("itembank.case-") || found.startsWith("itembank.content-")
                || found.startsWith("itembank.key-") || found.startsWith("itembank.form-")
                || found.startsWith("itembank.demo-") || found.endsWith("."))).isEmpty();
        Properties en = Bundles.english("itembank");
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
}
