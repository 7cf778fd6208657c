package kz.attest.campaign;

import kz.attest.testing.DecisionPortsMocked;
import kz.attest.web.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The campaign module booted with what it depends on: only a Centre of Forensic Expertise runs campaigns (seed 000
 * ¶30), and its refusals name a kind and a message of {@code i18n/campaign}, never an HTTP status.
 */
@DecisionPortsMocked
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class CampaignModuleTests {

    @Autowired
    private Campaigns campaigns;

    @Test
    @WithUserDetails("officer")
    void onlyACentreOfForensicExpertiseRunsCampaigns_000_30() {
        assertThatThrownBy(() -> campaigns.create(new NewCampaign(CampaignKind.REGULAR, "Приказ № 1", null, null,
                List.of(), List.of())))
                .isInstanceOfSatisfying(CampaignRefusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_ALLOWED);
                    assertThat(refusal.messageKey()).isEqualTo("campaign.centre-only");
                });
    }

    @Test
    @WithUserDetails("cfe-officer")
    void aCampaignWithoutATitleIsRefusedAsBadInput_000_30() {
        assertThatThrownBy(() -> campaigns.create(new NewCampaign(CampaignKind.REGULAR, " ", null, null, List.of(),
                List.of())))
                .isInstanceOfSatisfying(CampaignRefusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.BAD_INPUT);
                    assertThat(refusal.messageKey()).isEqualTo("campaign.title-required");
                });
    }
}
