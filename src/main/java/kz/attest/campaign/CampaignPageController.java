package kz.attest.campaign;

import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Pages of forensic attestation campaigns for the staff of the Centre of Forensic Expertise. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CampaignPageController {

    private static final String CENTRE_STAFF = "hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')";

    private final Campaigns campaigns;
    private final ExpertRegister experts;
    private final Clock clock;

    @GetMapping("/office/campaigns")
    @PreAuthorize(CENTRE_STAFF)
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                Model model) {
        LocalDate day = on != null ? on : LocalDate.ofInstant(clock.instant(), kz.attest.calendar.WorkingCalendar.ZONE)
                .plusDays(Campaigns.NOTICE_CALENDAR_DAYS);
        model.addAttribute("campaigns", campaigns.campaigns());
        model.addAttribute("register", experts.register(day));
        model.addAttribute("on", day);
        model.addAttribute("kinds", CampaignKind.values());
        model.addAttribute("expertKinds", ExpertKind.values());
        model.addAttribute("deciders", ExtraordinaryDecider.values());
        return "campaign/list";
    }

    @PostMapping("/office/campaigns/experts")
    @PreAuthorize(CENTRE_STAFF)
    String addExpert(@RequestParam String iin, @RequestParam String surname, @RequestParam String givenName,
                     @RequestParam(required = false) String patronymic, @RequestParam ExpertKind kind,
                     @RequestParam(required = false) String specialty,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activityStart,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastAttestation) {
        experts.addExpert(new NewExpert(iin, surname, givenName, patronymic, kind, specialty, activityStart,
                lastAttestation));
        return "redirect:/office/campaigns#register";
    }

    @PostMapping("/office/campaigns")
    @PreAuthorize(CENTRE_STAFF)
    String create(@RequestParam CampaignKind kind, @RequestParam String title,
                  @RequestParam(required = false) ExtraordinaryDecider decidedBy,
                  @RequestParam(required = false) String basis,
                  @RequestParam(required = false) List<String> examDate,
                  @RequestParam(required = false) List<String> submissionDate,
                  @RequestParam(required = false) List<Long> experts) {
        List<ExamDay> days = new ArrayList<>();
        int rows = examDate == null ? 0 : examDate.size();
        for (int i = 0; i < rows; i++) {
            String exam = examDate.get(i);
            String submit = submissionDate != null && i < submissionDate.size() ? submissionDate.get(i) : "";
            if (exam == null || exam.isBlank()) {
                continue;
            }
            try {
                days.add(new ExamDay(LocalDate.parse(exam.strip()), submit == null || submit.isBlank() ? null
                        : LocalDate.parse(submit.strip())));
            } catch (java.time.format.DateTimeParseException e) {
                throw new CampaignRefusal(Kind.BAD_INPUT, "campaign.days-required");
            }
        }
        CampaignView campaign = campaigns.create(new NewCampaign(kind, title,
                kind == CampaignKind.EXTRAORDINARY ? decidedBy : null, basis, days, experts));
        return "redirect:/office/campaigns/" + campaign.id();
    }

    @GetMapping("/office/campaigns/{id}")
    @PreAuthorize(CENTRE_STAFF)
    String campaign(@PathVariable long id, Model model) {
        model.addAttribute("campaign", campaigns.campaign(id));
        return "campaign/detail";
    }

    @PostMapping("/office/campaigns/{id}/announce")
    @PreAuthorize(CENTRE_STAFF)
    String announce(@PathVariable long id) {
        campaigns.announce(id);
        return "redirect:/office/campaigns/" + id;
    }
}
