package kz.attest.appeal;

import kz.attest.application.Applications;
import kz.attest.identity.Organisations;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pages of appeals: the application's complaints and the form in the cabinet; the addressee's queue and answer. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AppealPageController {

    private static final String APPLICANT = "hasRole('APPLICANT')";
    private static final String STAFF = "hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')";

    private final Appeals appeals;
    private final Applications applications;
    private final Organisations organisations;
    private final kz.attest.catalogue.Catalogue catalogue;

    @ModelAttribute("appealServiceNames")
    Map<String, String> serviceNames() {
        Map<String, String> names = new LinkedHashMap<>();
        catalogue.all().forEach(s -> names.put(s.code().value(), s.name().in(LocaleContextHolder.getLocale())));
        return names;
    }

    @ModelAttribute("appealOrganisationNames")
    Map<String, String> organisationNames() {
        Map<String, String> names = new LinkedHashMap<>();
        organisations.all().forEach(o -> names.put(o.id(), o.name(LocaleContextHolder.getLocale())));
        return names;
    }

    @GetMapping("/applications/{id}/appeals")
    @PreAuthorize(APPLICANT)
    String ofApplication(@PathVariable long id, Model model) {
        model.addAttribute("item", applications.view(id));
        model.addAttribute("appeals", appeals.ofApplication(id));
        model.addAttribute("addressees", AppealAddressee.values());
        model.addAttribute("subjects", AppealSubject.values());
        return "appeal/application";
    }

    @PostMapping("/applications/{id}/appeals")
    @PreAuthorize(APPLICANT)
    String file(@PathVariable long id, @RequestParam(required = false) String addressee,
                @RequestParam(required = false) String subject, @RequestParam(required = false) String text,
                @RequestParam(name = "files", required = false) List<MultipartFile> files) throws IOException {
        AppealView appeal = appeals.file(id, AppealApiController.addressee(addressee),
                AppealApiController.subject(subject), text, AppealApiController.attachments(files));
        return "redirect:/appeals/" + appeal.id();
    }

    @GetMapping("/appeals")
    @PreAuthorize(APPLICANT)
    String mine(Model model) {
        model.addAttribute("appeals", appeals.mine());
        return "appeal/mine";
    }

    @GetMapping("/appeals/{id}")
    String appeal(@PathVariable long id, Model model) {
        model.addAttribute("appeal", appeals.view(id));
        return "appeal/detail";
    }

    @GetMapping("/office/appeals")
    @PreAuthorize(STAFF)
    String queue(Model model) {
        model.addAttribute("appeals", appeals.queue());
        return "appeal/queue";
    }

    @PostMapping("/appeals/{id}/answer")
    @PreAuthorize(STAFF)
    String answer(@PathVariable long id, @RequestParam(defaultValue = "false") boolean upheld,
                  @RequestParam(required = false) String reasons) {
        appeals.answer(id, upheld, reasons);
        return "redirect:/appeals/" + id;
    }
}
