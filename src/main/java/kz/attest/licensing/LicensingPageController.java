package kz.attest.licensing;

import kz.attest.identity.CurrentUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages: the provider's queue and a request with its checklist and actions, the registry, public verification. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LicensingPageController {

    private static final String STAFF = "hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')";

    private final LicenceRequests requests;
    private final ProviderSteps steps;
    private final Licences licences;
    private final Checklist checklist;
    private final CurrentUser currentUser;

    @GetMapping("/office/licences")
    @PreAuthorize(STAFF)
    String queue(Model model) {
        model.addAttribute("requests", steps.queue());
        return "licensing/queue";
    }

    @GetMapping("/office/licences/requests/{id}")
    @PreAuthorize(STAFF)
    String request(@PathVariable long id, Model model) {
        model.addAttribute("request", requests.view(id));
        model.addAttribute("checklist", checklist.of(id));
        return "licensing/request";
    }

    @PostMapping("/office/licences/requests/{id}/steps/{step}")
    @PreAuthorize(STAFF)
    String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String note) {
        steps.complete(id, step, note);
        return "redirect:/office/licences/requests/" + id;
    }

    @PostMapping("/office/licences/requests/{id}/refuse")
    @PreAuthorize(STAFF)
    String refuse(@PathVariable long id, @RequestParam(required = false) String reason) {
        steps.refuse(id, reason);
        return "redirect:/office/licences/requests/" + id;
    }

    @PostMapping("/office/licences/requests/{id}/sign")
    @PreAuthorize("hasRole('PROVIDER_HEAD')")
    String sign(@PathVariable long id) {
        licences.sign(id);
        return "redirect:/office/licences/requests/" + id;
    }

    @GetMapping("/office/licences/registry")
    @PreAuthorize(STAFF)
    String registry(Model model) {
        model.addAttribute("licences", licences.registry());
        return "licensing/registry";
    }

    @PostMapping("/office/licences/registry/{number}/{action}")
    @PreAuthorize("hasRole('PROVIDER_HEAD')")
    String changeStatus(@PathVariable String number, @PathVariable String action,
                        @RequestParam(required = false) String reason) {
        if ("terminate".equals(action)) {
            licences.terminate(number, reason);
        } else {
            licences.suspend(number, reason);
        }
        return "redirect:/office/licences/registry";
    }

    @GetMapping("/cabinet/licences")
    @PreAuthorize("hasRole('APPLICANT')")
    String cabinet(Model model) {
        model.addAttribute("requests", requests.mine());
        model.addAttribute("licences", licences.ofAccount(currentUser.require().accountId()));
        return "licensing/cabinet";
    }

    @GetMapping("/licences/verify/{number}")
    String verify(@PathVariable String number, Model model) {
        model.addAttribute("licence", licences.verify(number));
        return "licensing/verify";
    }
}
