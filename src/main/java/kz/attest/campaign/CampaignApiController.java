package kz.attest.campaign;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** REST API of forensic attestation campaigns for the staff of the Centre of Forensic Expertise (¶30–¶31). */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CampaignApiController {

    private static final String CENTRE_STAFF = "hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')";

    private final Campaigns campaigns;
    private final ExpertRegister experts;

    @GetMapping("/api/v1/campaigns/experts")
    @PreAuthorize(CENTRE_STAFF)
    List<ExpertRegister.ExpertStatus> register(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                          LocalDate on) {
        return experts.register(on);
    }

    @PostMapping("/api/v1/campaigns/experts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(CENTRE_STAFF)
    Expert addExpert(@RequestBody NewExpert expert) {
        return experts.addExpert(expert);
    }

    @GetMapping("/api/v1/campaigns")
    @PreAuthorize(CENTRE_STAFF)
    List<CampaignView> campaigns() {
        return campaigns.campaigns();
    }

    @PostMapping("/api/v1/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(CENTRE_STAFF)
    CampaignView create(@RequestBody NewCampaign campaign) {
        return campaigns.create(campaign);
    }

    @GetMapping("/api/v1/campaigns/{id}")
    @PreAuthorize(CENTRE_STAFF)
    CampaignView campaign(@PathVariable long id) {
        return campaigns.campaign(id);
    }

    @PostMapping("/api/v1/campaigns/{id}/announce")
    @PreAuthorize(CENTRE_STAFF)
    CampaignView announce(@PathVariable long id) {
        return campaigns.announce(id);
    }
}
