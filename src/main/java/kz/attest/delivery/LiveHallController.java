package kz.attest.delivery;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.UUID;

/** The proctor's console: the live view of a hall (refreshed every 3 seconds) and each seat's actions and acts. */
@Controller
@RequestMapping("/proctor")
@PreAuthorize("hasRole('PROCTOR')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LiveHallController {

    private final HallProctoring proctoring;
    private final ServerOutages outages;

    @GetMapping("/halls/{hallId}/live")
    String live(@PathVariable UUID hallId, Model model) {
        model.addAttribute("hallId", hallId);
        model.addAttribute("seats", proctoring.live(hallId));
        model.addAttribute("outages", outages.inHall(hallId));
        return "delivery/live";
    }

    /** The table alone, which the page swaps in every few seconds. */
    @GetMapping("/halls/{hallId}/live/seats")
    String seats(@PathVariable UUID hallId, Model model) {
        model.addAttribute("hallId", hallId);
        model.addAttribute("seats", proctoring.live(hallId));
        model.addAttribute("outages", outages.inHall(hallId));
        return "delivery/live :: seats";
    }

    @GetMapping("/live/sittings/{sittingId}")
    String sitting(@PathVariable UUID sittingId, Model model) {
        model.addAttribute("detail", proctoring.detail(sittingId));
        model.addAttribute("outages", outages.ofSitting(sittingId));
        return "delivery/sitting";
    }

    @PostMapping("/live/sittings/{sittingId}/pause")
    String pause(@PathVariable UUID sittingId, @RequestParam(defaultValue = "") String reason) {
        proctoring.pause(sittingId, reason);
        return "redirect:/proctor/live/sittings/" + sittingId;
    }

    @PostMapping("/live/sittings/{sittingId}/resume")
    String resume(@PathVariable UUID sittingId, @RequestParam(defaultValue = "") String reason) {
        proctoring.resume(sittingId, reason);
        return "redirect:/proctor/live/sittings/" + sittingId;
    }

    @PostMapping("/live/sittings/{sittingId}/violation")
    String violation(@PathVariable UUID sittingId, @RequestParam(defaultValue = "") String description,
                     @RequestParam(defaultValue = "") String witnesses) {
        proctoring.violation(sittingId, description, witnesses);
        return "redirect:/proctor/live/sittings/" + sittingId;
    }

    @PostMapping("/live/sittings/{sittingId}/suspension")
    String suspension(@PathVariable UUID sittingId, @RequestParam(defaultValue = "") String description,
                      @RequestParam(defaultValue = "") String witnesses) {
        proctoring.suspension(sittingId, description, witnesses);
        return "redirect:/proctor/live/sittings/" + sittingId;
    }
}
