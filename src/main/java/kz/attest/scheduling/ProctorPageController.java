package kz.attest.scheduling;

import kz.attest.catalogue.Catalogue;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The proctor's check-in pages (¶15, ¶42, ¶67): today's sessions at the centre, the candidate list with search, the
 * seat map, check-in with the one-time code shown once, seat moves and closing with absentees (¶98). The live view of
 * running attempts is the delivery module's.
 */
@Controller
@RequestMapping("/check-in")
@PreAuthorize("hasRole('PROCTOR')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProctorPageController {

    private final CheckIns checkIns;
    private final Sessions sessions;
    private final Halls halls;
    private final Catalogue catalogue;

    @GetMapping
    String today(Model model) {
        model.addAttribute("sessions", checkIns.today());
        model.addAttribute("serviceNames", serviceNames());
        model.addAttribute("today", sessions.today());
        return "scheduling/check-in-today";
    }

    @GetMapping("/{id}")
    String session(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        SessionView session = sessions.get(id);
        Hall hall = halls.get(session.hallId());
        List<SittingView> all = sessions.sittings(id, null);
        Map<UUID, SittingView> bySeat = all.stream().filter(s -> s.seatId() != null)
                .collect(Collectors.toMap(SittingView::seatId, Function.identity()));
        model.addAttribute("testSession", session);
        model.addAttribute("hall", hall);
        model.addAttribute("sittings", sessions.sittings(id, q));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("bySeat", bySeat);
        model.addAttribute("freeSeats", hall.seats().stream().filter(Hall.Seat::active)
                .filter(s -> !bySeat.containsKey(s.id())).toList());
        model.addAttribute("documentTypes", IdentityDocumentType.values());
        model.addAttribute("serviceNames", serviceNames());
        return "scheduling/check-in-session";
    }

    @PostMapping("/{id}/open")
    String open(@PathVariable UUID id) {
        checkIns.open(id);
        return "redirect:/check-in/" + id;
    }

    @PostMapping("/{id}/sittings/{sittingId}/check-in")
    String checkIn(@PathVariable UUID id, @PathVariable UUID sittingId, @RequestParam String documentType,
                   @RequestParam String documentNumber, @RequestParam(required = false) UUID seatId,
                   RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response, Model model) {
        CheckInResult result;
        try {
            result = checkIns.checkIn(id, sittingId,
                    new CheckIns.CheckInRequest(documentType, documentNumber, Optional.ofNullable(seatId)));
        } catch (SchedulingRefusal refused) {
            if (!FormRefusal.onTheForm(refused)) {
                throw refused;
            }
            // issue 14: the refusal on the candidate's own row, the document and number typed kept
            response.setStatus(FormRefusal.status(refused));
            model.addAttribute("checkInRefusal", FormRefusal.of(refused));
            model.addAttribute("checkInSitting", sittingId);
            model.addAttribute("typedDocumentType", documentType);
            model.addAttribute("typedDocumentNumber", documentNumber);
            return session(id, null, model);
        }
        redirect.addFlashAttribute("code", result);
        return "redirect:/check-in/" + id;
    }

    @PostMapping("/{id}/sittings/{sittingId}/move")
    String move(@PathVariable UUID id, @PathVariable UUID sittingId, @RequestParam UUID seatId,
                @RequestParam String reason, RedirectAttributes redirect) {
        redirect.addFlashAttribute("code", checkIns.move(id, sittingId, seatId, reason));
        return "redirect:/check-in/" + id;
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("absentees", checkIns.close(id).size());
        return "redirect:/check-in/" + id;
    }

    private Map<String, String> serviceNames() {
        return catalogue.all().stream().collect(Collectors.toMap(s -> s.code().value(),
                s -> s.name().in(LocaleContextHolder.getLocale())));
    }
}
