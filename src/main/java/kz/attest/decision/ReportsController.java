package kz.attest.decision;

import kz.attest.web.Downloads;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.LocalDate;

/** The Ministry's reports: page with server-drawn SVG charts, JSON and XLSX (the facade checks who asks). */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportsController {

    private final OutcomeReports reports;

    @GetMapping("/api/v1/reports")
    @ResponseBody
    OutcomeReports.Report json(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reports.report(from, to);
    }

    @GetMapping("/api/v1/reports.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return Downloads.attachment(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "reports.xlsx")
                .body(reports.xlsx(from, to));
    }

    @GetMapping("/reports")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        model.addAttribute("report", reports.report(from, to));
        return "decision/reports";
    }
}
