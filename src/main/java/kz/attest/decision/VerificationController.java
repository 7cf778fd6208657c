package kz.attest.decision;

import jakarta.servlet.http.HttpServletRequest;
import kz.attest.web.Refusal;
import kz.attest.web.RefusalStatuses;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;

import static kz.attest.web.Refusal.Kind.BAD_INPUT;

/** The public verification page and API (no sign-in), rate-limited per client address. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class VerificationController {

    private final Verifications verifications;
    private final VerificationRateLimit rateLimit;

    private final PublicResults publicResults;
    private final kz.attest.licensing.Licences licences;
    private final kz.attest.catalogue.Catalogue catalogue;

    @GetMapping("/verify")
    String page(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
                HttpServletRequest request, Model model) {
        rateLimit.take(request.getRemoteAddr());
        model.addAttribute("number", number);
        if (number != null || code != null) {
            try {
                model.addAttribute("verification", verifications.byNumber(number, code));
            } catch (Refusal e) {
                // not a decision: a licence of the licence registry, verified on the same page (seeds 003, 004)
                var licence = e.kind() == Refusal.Kind.NOT_FOUND ? licences.verify(number, code)
                        : java.util.Optional.<kz.attest.licensing.LicenceView>empty();
                if (licence.isPresent()) {
                    model.addAttribute("licence", licence.get());
                    model.addAttribute("licenceSpecialties", licence.get().specialties().stream()
                            .map(s -> catalogue.specialty(s).name().in(
                                    org.springframework.context.i18n.LocaleContextHolder.getLocale())).toList());
                } else {
                    response(request, e);
                    model.addAttribute("error", e);
                }
            }
        }
        return "decision/verify";
    }

    @PostMapping("/verify/pdf")
    String pdfPage(@RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request,
                   Model model) {
        rateLimit.take(request.getRemoteAddr());
        try {
            model.addAttribute("check", verifications.pdf(bytes(file)));
        } catch (Refusal e) {
            response(request, e);
            model.addAttribute("error", e);
        }
        return "decision/verify";
    }

    @GetMapping("/api/v1/verify")
    @ResponseBody
    Verification api(@RequestParam(required = false) String number, @RequestParam(required = false) String code,
                     HttpServletRequest request) {
        rateLimit.take(request.getRemoteAddr());
        return verifications.byNumber(number, code);
    }

    @PostMapping("/api/v1/verify/pdf")
    @ResponseBody
    Verification.PdfCheck apiPdf(@RequestParam(name = "file", required = false) MultipartFile file,
                                 HttpServletRequest request) {
        rateLimit.take(request.getRemoteAddr());
        return verifications.pdf(bytes(file));
    }

    @GetMapping("/api/v1/public-results/{provider}")
    @ResponseBody
    java.util.List<PublicResults.Line> publicResults(@org.springframework.web.bind.annotation.PathVariable String provider,
                                                     @RequestParam(required = false)
                                                     @org.springframework.format.annotation.DateTimeFormat(iso =
                                                             org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                                                     java.time.LocalDate day, HttpServletRequest request) {
        rateLimit.take(request.getRemoteAddr());
        return publicResults.list(provider, day);
    }

    private static void response(HttpServletRequest request, Refusal e) {
        jakarta.servlet.http.HttpServletResponse response = ((org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()).getResponse();
        if (response != null) {
            response.setStatus(RefusalStatuses.of(e).value());
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new DecisionRefusal(BAD_INPUT, "decision.verify.file-required");
        }
    }
}
