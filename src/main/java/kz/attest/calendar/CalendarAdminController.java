package kz.attest.calendar;

import jakarta.servlet.http.HttpServletResponse;
import kz.attest.web.RefusalStatuses;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The system administrator's calendar screen: a year's special days, adding and deleting them. */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CalendarAdminController {

    private final WorkingCalendar calendar;
    private final CalendarAdministration administration;
    private final Clock clock;

    @GetMapping
    String page(@RequestParam(required = false) String year, Model model) {
        int y = year == null || year.isBlank() ? today().getYear() : CalendarYears.parseYear(year);
        return show(y, DayForm.empty(), model);
    }

    @PostMapping("/days")
    String add(@ModelAttribute("form") DayForm form, Model model, RedirectAttributes redirect,
               HttpServletResponse response) {
        try {
            SpecialDay day = administration.add(form.toSpecialDay());
            redirect.addFlashAttribute("notice", "calendar.admin.added");
            redirect.addFlashAttribute("noticeDate", day.date());
            return "redirect:/admin/calendar?year=" + day.date().getYear();
        } catch (CalendarRefusal refusal) {
            // show the form again with what was typed and the reason, with the refusal's status
            response.setStatus(RefusalStatuses.of(refusal).value());
            model.addAttribute("errorKey", refusal.messageKey());
            model.addAttribute("errorArgs", refusal.arguments());
            return show(form.yearOr(today().getYear()), form, model);
        }
    }

    @PostMapping("/days/{date}/delete")
    String remove(@PathVariable String date, RedirectAttributes redirect) {
        SpecialDay removed = administration.remove(CalendarYears.parseDate(date));
        redirect.addFlashAttribute("notice", "calendar.admin.removed");
        redirect.addFlashAttribute("noticeDate", removed.date());
        return "redirect:/admin/calendar?year=" + removed.date().getYear();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    private String show(int year, DayForm form, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("maintained", calendar.isMaintained(year));
        model.addAttribute("days", calendar.year(year));
        model.addAttribute("kinds", Arrays.stream(DayKind.values()).filter(DayKind::isStored).toList());
        model.addAttribute("form", form);
        model.addAttribute("years", List.of(year - 1, year + 1).stream()
                .filter(y -> y >= CalendarYears.FIRST && y <= CalendarYears.LAST).toList());
        return "calendar/admin";
    }

    /** The add-a-day form as typed; checked by {@link CalendarAdministration}. */
    record DayForm(String date, String kind, Boolean religious, String nameKk, String nameRu, String nameEn,
                   String legalSource) {

        static DayForm empty() {
            return new DayForm("", DayKind.HOLIDAY.name(), false, "", "", "", "");
        }

        SpecialDay toSpecialDay() {
            return new SpecialDay(CalendarYears.parseDate(date), CalendarApiController.parseKind(kind), Boolean.TRUE.equals(religious),
                    new DayName(nameKk, nameRu, nameEn), legalSource == null || legalSource.isBlank() ? null : legalSource.strip());
        }

        /** The year to show again after a refusal: the typed date's, or the current one when it is unreadable. */
        int yearOr(int fallback) {
            try {
                return CalendarYears.parseDate(date).getYear();
            } catch (CalendarRefusal unreadable) {
                return fallback;
            }
        }
    }
}
