package kz.attest.licensing;

import jakarta.servlet.http.HttpServletResponse;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ExpertSpecialty;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.ServiceKind;
import kz.attest.identity.CurrentUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;

/**
 * The applicant's licence pages (seed 003 appendix 1 diagram 1, seed 004 appendix 2): apply for an issue or a re-issue
 * (the licence it replaces and the reason), see the prerequisite as the registry answers it, attach the documents the
 * catalogue lists, pay (the demonstration gateway's control), sign with EDS (eds-sign.js, the API's content and submit)
 * and follow the request until the e-licence is in the cabinet.
 */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApplicantLicencePages {

    private final LicenceRequests requests;
    private final Licences licences;
    private final Catalogue catalogue;
    private final CurrentUser currentUser;
    private final LicensingProperties properties;

    @GetMapping("/cabinet/licences/apply")
    String applyForm(@RequestParam(required = false) String service, @RequestParam(required = false) String kind,
                     Model model) {
        return form(model, service, kind);
    }

    @PostMapping("/cabinet/licences/apply")
    String apply(@RequestParam(required = false) String service, @RequestParam(required = false) String kind,
                 @RequestParam(required = false) List<String> specialties,
                 @RequestParam(required = false) String replaces, @RequestParam(required = false) String reason,
                 Model model, HttpServletResponse response) {
        try {
            long id = requests.start(service, kind, specialties, replaces, reason);
            return "redirect:/cabinet/licences/requests/" + id;
        } catch (kz.attest.web.Refusal refused) {
            if (refused.kind() == kz.attest.web.Refusal.Kind.NOT_FOUND
                    && !"licensing.error.licence-unknown".equals(refused.messageKey())) {
                throw refused;
            }
            response.setStatus(kz.attest.web.RefusalStatuses.of(refused).value());
            model.addAttribute("error", refused);
            return form(model, service, kind);
        }
    }

    @GetMapping("/cabinet/licences/requests/{id}")
    String request(@PathVariable long id, Model model) {
        RequestView request = requests.view(id);
        ServiceDefinition service = catalogue.get(request.service());
        model.addAttribute("request", request);
        model.addAttribute("documentTypes", service.requiredDocuments().stream().map(catalogue::documentType).toList());
        model.addAttribute("specialtyNames", request.specialties().stream()
                .map(code -> catalogue.specialty(code).name().in(LocaleContextHolder.getLocale())).toList());
        model.addAttribute("prerequisiteProblem", "DRAFT".equals(request.status())
                ? requests.prerequisiteProblem(id).orElse(null) : null);
        model.addAttribute("prerequisiteTitle", service.prerequisite()
                .map(code -> catalogue.get(code).decisionForm().title().in(LocaleContextHolder.getLocale()))
                .orElse(null));
        model.addAttribute("fee", properties.feeOf(request.service()) / 100);
        model.addAttribute("demoGateway", !properties.payments().http());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "licensing/applicant-request";
    }

    @PostMapping("/cabinet/licences/requests/{id}/documents")
    String attach(@PathVariable long id, @RequestParam(required = false) String type,
                  @RequestParam(required = false) MultipartFile file) throws IOException {
        requests.attach(id, type, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        return "redirect:/cabinet/licences/requests/" + id + "#documents";
    }

    @PostMapping("/cabinet/licences/requests/{id}/payment")
    String pay(@PathVariable long id, @RequestParam(required = false) Integer demoDigit) {
        requests.pay(id, demoDigit);
        requests.checkPayment(id);   // the gateway's answer shown at once; a pending payment is checked again later
        return "redirect:/cabinet/licences/requests/" + id + "#payment";
    }

    @PostMapping("/cabinet/licences/requests/{id}/payment/check")
    String checkPayment(@PathVariable long id) {
        requests.checkPayment(id);
        return "redirect:/cabinet/licences/requests/" + id + "#payment";
    }

    private String form(Model model, String service, String kind) {
        var locale = LocaleContextHolder.getLocale();
        List<ServiceDefinition> services = catalogue.all().stream().filter(s -> s.kind() == ServiceKind.LICENSE).toList();
        model.addAttribute("services", services);
        model.addAttribute("chosenService", service);
        model.addAttribute("chosenKind", kind == null ? "ISSUE" : kind);
        model.addAttribute("locale", locale);
        // specialties are asked where the prerequisite is per specialty group (catalogue data)
        model.addAttribute("specialties", services.stream()
                .flatMap(s -> s.prerequisite().flatMap(code -> catalogue.get(code).specialtyGroup()).stream())
                .distinct()
                .flatMap(group -> catalogue.specialties().stream().filter(sp -> sp.group() == group))
                .map(ExpertSpecialty::code).distinct()
                .map(code -> java.util.Map.entry(code, catalogue.specialty(code).name().in(locale))).toList());
        model.addAttribute("perSpecialty", services.stream().filter(s -> s.prerequisite()
                .flatMap(code -> catalogue.get(code).specialtyGroup()).isPresent())
                .map(s -> s.code().value()).toList());
        model.addAttribute("activeLicences", licences.ofAccount(currentUser.require().accountId()).stream()
                .filter(l -> "ACTIVE".equals(l.status())).toList());
        return "licensing/apply";
    }
}
