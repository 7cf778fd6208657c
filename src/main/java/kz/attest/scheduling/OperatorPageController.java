package kz.attest.scheduling;

import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.identity.Organisation;
import kz.attest.web.Refusal.Kind;
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

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The operator administrator's pages: halls and seats, sessions, and assigning the admitted candidates. */
@Controller
@RequestMapping("/operator")
@PreAuthorize("hasRole('OPERATOR_ADMIN')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OperatorPageController {

    private final Halls halls;
    private final Sessions sessions;
    private final Catalogue catalogue;

    @GetMapping("/halls")
    String halls(Model model) {
        model.addAttribute("halls", halls.visible());
        model.addAttribute("centres", halls.centres());
        model.addAttribute("centreNames", centreNames());
        return "scheduling/halls";
    }

    @PostMapping("/halls")
    String createHall(@RequestParam String centreId, @RequestParam String name, @RequestParam String address,
                      @RequestParam(defaultValue = "0") int capacity, @RequestParam(required = false) Integer seats,
                      @RequestParam(defaultValue = "false") boolean sebRequired,
                      @RequestParam(required = false) String sebKeyHex,
                      @RequestParam(required = false) String sebKeyKind,
                      @RequestParam(required = false) String allowedIpRanges,
                      jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                      Model model) {
        try {
            Hall hall = halls.create(new Halls.NewHall(centreId, name, address, capacity, Optional.ofNullable(seats),
                    sebRequired, sebKeyHex, HallPolicyRules.split(allowedIpRanges), sebKeyKind));
            return "redirect:/operator/halls/" + hall.id();
        } catch (SchedulingRefusal refused) {
            if (!FormRefusal.onTheForm(refused)) {
                throw refused;
            }
            response.setStatus(FormRefusal.status(refused));
            FormRefusal.of(refused).show(model, request.getParameterMap());
            return halls(model);
        }
    }

    @GetMapping("/halls/{id}")
    String hall(@PathVariable UUID id, Model model) {
        model.addAttribute("hall", halls.get(id));
        model.addAttribute("centreNames", centreNames());
        // each seat's workstation opens this address (the operator sets it up in the hall's browser)
        model.addAttribute("baseUrl", org.springframework.web.servlet.support.ServletUriComponentsBuilder
                .fromCurrentContextPath().toUriString());
        return "scheduling/hall";
    }

    @PostMapping("/halls/{id}/policy")
    String policy(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean sebRequired,
                  @RequestParam(required = false) String sebKeyHex,
                  @RequestParam(required = false) String sebKeyKind,
                  @RequestParam(required = false) String allowedIpRanges, RedirectAttributes redirect,
                  jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                  Model model) {
        try {
            halls.changePolicy(id, sebRequired, sebKeyHex, sebKeyKind, HallPolicyRules.split(allowedIpRanges));
        } catch (SchedulingRefusal refused) {
            if (!FormRefusal.onTheForm(refused)) {
                throw refused;
            }
            response.setStatus(FormRefusal.status(refused));
            FormRefusal.of(refused).show(model, request.getParameterMap());
            return hall(id, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/operator/halls/" + id;
    }

    @PostMapping("/halls/{id}/seats")
    String addSeat(@PathVariable UUID id, @RequestParam String label, RedirectAttributes redirect) {
        halls.addSeat(id, label);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/operator/halls/" + id;
    }

    @PostMapping("/halls/{id}/seats/{seatId}")
    String seat(@PathVariable UUID id, @PathVariable UUID seatId, @RequestParam boolean active) {
        halls.setSeatActive(id, seatId, active);
        return "redirect:/operator/halls/" + id;
    }

    @GetMapping("/sessions")
    String sessions(Model model) {
        List<Hall> visible = halls.visible();
        model.addAttribute("sessions", sessions.visible(Optional.empty()));
        model.addAttribute("halls", visible);
        model.addAttribute("services", catalogue.all().stream().filter(ServiceDefinition::tested).toList());
        model.addAttribute("serviceNames", serviceNames());
        model.addAttribute("centreNames", centreNames());
        model.addAttribute("today", sessions.today());
        return "scheduling/sessions";
    }

    @PostMapping("/sessions")
    String plan(@RequestParam UUID hallId, @RequestParam String service, @RequestParam LocalDate date,
                @RequestParam(required = false) LocalTime startsAt, @RequestParam(required = false) String stages,
                jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                Model model) {
        try {
            Optional<List<Integer>> plan = Optional.ofNullable(stages).filter(s -> !s.isBlank())
                    .map(OperatorPageController::stages);
            SessionView session = sessions.plan(new Sessions.NewSession(hallId, service, date,
                    Optional.ofNullable(startsAt), plan));
            return "redirect:/operator/sessions/" + session.id();
        } catch (SchedulingRefusal refused) {
            if (!FormRefusal.onTheForm(refused)) {
                throw refused;
            }
            response.setStatus(FormRefusal.status(refused));
            FormRefusal.of(refused).show(model, request.getParameterMap());
            return sessions(model);
        }
    }

    @GetMapping("/sessions/{id}")
    String session(@PathVariable UUID id, Model model) {
        model.addAttribute("testSession", sessions.get(id));
        model.addAttribute("sittings", sessions.sittings(id, null));
        model.addAttribute("eligible", sessions.eligible(id));
        model.addAttribute("serviceNames", serviceNames());
        model.addAttribute("centreNames", centreNames());
        return "scheduling/session";
    }

    @PostMapping("/sessions/{id}/assignments")
    String assign(@PathVariable UUID id, @RequestParam(required = false) List<Long> applicationIds,
                  RedirectAttributes redirect) {
        sessions.assign(id, Optional.ofNullable(applicationIds));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/operator/sessions/" + id;
    }

    private Map<String, String> centreNames() {
        return halls.centres().stream().collect(Collectors.toMap(Organisation::id,
                o -> o.name(LocaleContextHolder.getLocale())));
    }

    private Map<String, String> serviceNames() {
        return catalogue.all().stream().collect(Collectors.toMap(s -> s.code().value(),
                s -> s.name().in(LocaleContextHolder.getLocale())));
    }

    private static List<Integer> stages(String text) {
        try {
            return Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.session.unknown-stage", text);
        }
    }
}
