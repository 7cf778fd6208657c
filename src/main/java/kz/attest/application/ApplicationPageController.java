package kz.attest.application;

import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.web.Downloads;
import kz.attest.web.Refusal.Kind;
import kz.attest.web.Refusal;
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
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Pages of applications: choose a service, fill and sign the draft, follow it; the provider's queue and actions. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApplicationPageController {

    private static final String APPLICANT = "hasRole('APPLICANT')";
    private static final String OFFICER = "hasAnyRole('PROVIDER_OFFICER', 'PROVIDER_HEAD')";

    private final ApplicationDrafts drafts;
    private final Applications applications;
    private final Catalogue catalogue;
    private final Objections objections;
    private final AdmissionDecisions decisions;
    private final kz.attest.notification.Notifications notifications;
    private final kz.attest.notification.NoticeSubjects noticeSubjects;
    private final ApplicationProperties properties;
    private Receipts receipts;

    @org.springframework.beans.factory.annotation.Autowired
    void setReceipts(Receipts receipts) {
        this.receipts = receipts;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("applicationServiceNames")
    Map<String, String> serviceNames() {
        return ApplicationNames.services(catalogue, LocaleContextHolder.getLocale());
    }

    @org.springframework.web.bind.annotation.ModelAttribute("applicationDocumentNames")
    Map<String, String> documentNames() {
        return ApplicationNames.documents(catalogue, LocaleContextHolder.getLocale());
    }

    @GetMapping("/applications/new")
    @PreAuthorize(APPLICANT)
    String choose(@RequestParam(required = false) String service, Model model) {
        // from a service's page ("Apply"): only that service is offered; an unknown code offers them all
        model.addAttribute("chosenService", ServiceCode.parse(String.valueOf(service))
                .filter(code -> catalogue.all().stream().anyMatch(s -> s.code().equals(code)))
                .map(ServiceCode::value).orElse(null));
        Map<ServiceDefinition, List<kz.attest.identity.Organisation>> services = new LinkedHashMap<>();
        catalogue.all().forEach(s -> services.put(s, drafts.providersFor(s.code())));
        model.addAttribute("services", services);
        model.addAttribute("drafts", drafts.openDrafts());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "application/new";
    }

    @PostMapping("/applications/drafts")
    @PreAuthorize(APPLICANT)
    String start(@RequestParam String service, @RequestParam String provider) {
        ServiceCode code = ServiceCode.parse(service)
                .orElseThrow(() -> new ApplicationRefusal(Kind.NOT_FOUND, "catalogue.unknown-service", service));
        return "redirect:/applications/drafts/" + drafts.start(code, provider).id();
    }

    /**
     * The guided application (issue 14): one step of the draft at a time — what the law asks, the documents, the
     * summary with the declarations, signing. An unknown step shows the first.
     */
    @GetMapping("/applications/drafts/{id}")
    @PreAuthorize(APPLICANT)
    String draft(@PathVariable UUID id, @RequestParam(required = false) String step, Model model) {
        DraftView draft = drafts.draft(id);
        if (draft.applicationId() != null) {
            return "redirect:/applications/" + draft.applicationId();
        }
        ServiceDefinition service = catalogue.get(draft.service());
        WizardStep current = WizardStep.parse(step);
        model.addAttribute("step", current);
        model.addAttribute("steps", WizardStep.values());
        model.addAttribute("missingDocuments", service.requiredDocuments().stream().filter(t -> !draft.has(t))
                .map(catalogue::documentType).toList());
        model.addAttribute("draft", draft);
        model.addAttribute("service", service);
        model.addAttribute("specialties", drafts.specialtiesFor(draft.service()));
        model.addAttribute("documentTypes", service.acceptedDocuments().stream().map(catalogue::documentType).toList());
        model.addAttribute("declarations", Declaration.values());
        model.addAttribute("maxDocumentMegabytes", properties.maxDocumentSize().toMegabytes());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "application/draft";
    }

    @PostMapping("/applications/drafts/{id}")
    @PreAuthorize(APPLICANT)
    String answer(@PathVariable UUID id, @RequestParam(required = false) Set<String> specialties,
                  @RequestParam(required = false) Set<Declaration> declarations,
                  @RequestParam(defaultValue = "false") boolean consent) {
        drafts.answer(id, new DraftAnswers(specialties, declarations, consent));
        return "redirect:/applications/drafts/" + id + "?step=sign&saved";
    }

    @PostMapping("/applications/drafts/{id}/documents")
    @PreAuthorize(APPLICANT)
    String attach(@PathVariable UUID id, @RequestParam String type, @RequestParam MultipartFile file,
                  org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) throws IOException {
        try {
            drafts.attach(id, type, file.getOriginalFilename(), file.getBytes());
        } catch (ApplicationRefusal refused) { // the inspector's refusals of the file's size or content included
            if (refused.kind() == Refusal.Kind.NOT_FOUND || refused.kind() == Refusal.Kind.NOT_ALLOWED) {
                throw refused;
            }
            return documentRefused(id, type, refused.messageKey(), refused.arguments(), redirect);
        }
        return "redirect:/applications/drafts/" + id + "?step=documents#document-" + type;
    }

    /** Issue 14: a refused file (wrong content, too large) is told next to its field, the draft page kept. */
    private static String documentRefused(UUID id, String type, String key, Object[] arguments,
                                          org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        redirect.addFlashAttribute("documentErrorType", type);
        redirect.addFlashAttribute("documentErrorKey", key);
        redirect.addFlashAttribute("documentErrorArgs", arguments);
        return "redirect:/applications/drafts/" + id + "?step=documents#document-" + type;
    }

    @GetMapping("/applications/{id}")
    String application(@PathVariable long id, Model model) {
        model.addAttribute("item", applications.view(id));
        model.addAttribute("objections", objections.of(id));
        model.addAttribute("admission", applications.admission(id).orElse(null));
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "application/detail";
    }

    /** The receipt of a signed application: number, date, provider, the next step and its legal date (issue 14). */
    @GetMapping("/applications/{id}/receipt")
    @PreAuthorize(APPLICANT)
    String receipt(@PathVariable long id, Model model) {
        model.addAttribute("receipt", receipts.of(id, LocaleContextHolder.getLocale()));
        model.addAttribute("applicationId", id);
        return "application/receipt";
    }

    /** The receipt as a PDF in Kazakh and Russian, the reader's language first. */
    @GetMapping(value = "/applications/{id}/receipt.pdf", produces = "application/pdf")
    @PreAuthorize(APPLICANT)
    org.springframework.http.ResponseEntity<byte[]> receiptPdf(@PathVariable long id) {
        byte[] pdf = receipts.pdf(id, LocaleContextHolder.getLocale());
        return Downloads.attachment(org.springframework.http.MediaType.APPLICATION_PDF, "receipt-" + id + ".pdf").body(pdf);
    }

    @PostMapping("/applications/{id}/withdraw")
    @PreAuthorize(APPLICANT)
    String withdraw(@PathVariable long id) {
        applications.withdraw(id);
        return "redirect:/applications/" + id;
    }

    @GetMapping("/office/applications")
    @PreAuthorize(OFFICER)
    String queue(Model model) {
        model.addAttribute("queue", applications.queue());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "application/queue";
    }

    @GetMapping("/office/applications/{id}")
    @PreAuthorize(OFFICER)
    String office(@PathVariable long id, Model model) {
        ApplicationView application = applications.view(id);
        model.addAttribute("item", application);
        model.addAttribute("applicantName", applications.applicantName(id));
        model.addAttribute("objections", objections.of(id));
        model.addAttribute("decision", decisions.current(id).orElse(null));
        model.addAttribute("deliveries", notifications.deliveriesOf(StatusNotices.ENTITY, Long.toString(id)));
        model.addAttribute("deliverySubjects", noticeSubjects.about(StatusNotices.ENTITY, Long.toString(id),
                LocaleContextHolder.getLocale()));
        model.addAttribute("admission", applications.admission(id).orElse(null));
        model.addAttribute("documentTypes", catalogue.get(application.service()).requiredDocuments().stream()
                .map(catalogue::documentType).toList());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "application/office";
    }

    @PostMapping("/office/applications/{id}/{action}")
    @PreAuthorize(OFFICER)
    String act(@PathVariable long id, @PathVariable String action,
               @RequestParam(required = false) List<String> missingDocuments,
               @RequestParam(required = false) String reason,
               @RequestParam(required = false) LocalDateTime hearingAt,
               @RequestParam(required = false) String place,
               @RequestParam(defaultValue = "false") boolean admit,
               @RequestParam(required = false) LocalDateTime testAt,
               @RequestParam(required = false) String procedure,
               @RequestParam(defaultValue = "false") boolean byOperator) {
        switch (action) {
            case "register" -> applications.register(id);
            case "complete" -> applications.confirmComplete(id);
            case "refuse-incomplete" -> applications.refuseIncomplete(id, missingDocuments);
            case "admit" -> applications.admit(id, new AdmissionDetails(place,
                    testAt == null ? null : testAt.atZone(kz.attest.calendar.WorkingCalendar.ZONE).toInstant(),
                    procedure, byOperator));
            case "propose-refusal" -> applications.proposeRefusal(id, new HearingProposal(reason,
                    hearingAt == null ? null : hearingAt.atZone(kz.attest.calendar.WorkingCalendar.ZONE).toInstant(),
                    place));
            case "hearing" -> applications.holdHearing(id);
            case "decision" -> decisions.prepare(id, admit, reason);
            default -> throw new ApplicationRefusal(Kind.NOT_FOUND, "application.error.not-found");
        }
        return "redirect:/office/applications/" + id;
    }
}
