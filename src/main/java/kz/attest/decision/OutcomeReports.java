package kz.attest.decision;

import kz.attest.application.ServiceLevels;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.OrganisationKind;
import kz.attest.identity.Organisations;
import kz.attest.identity.SignedInUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static kz.attest.web.Refusal.Kind.BAD_INPUT;
import static kz.attest.web.Refusal.Kind.NOT_ALLOWED;

/**
 * The Ministry's reports (issue 10): pass rates by service, provider and stage over a period, no-shows, SLA
 * compliance per step and provider (from the application module), decisions issued and revoked. For the staff of the
 * Ministry (organisation kind MINISTRY); the same figures as a page with server-drawn SVG charts, XLSX and JSON.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutcomeReports {

    private final ResultRows results;
    private final NoShowRows noShowRows;
    private final OutcomeRows outcomeRows;
    private final ServiceLevels serviceLevels;
    private final CurrentUser currentUser;
    private final Organisations organisations;
    private final Clock clock;

    /** Passed of sat, per service, provider and stage. */
    public record PassRate(String service, String providerId, int stage, int sat, int passed) {
        public int percent() {
            return sat == 0 ? 0 : passed * 100 / sat;
        }
    }

    /** No-shows per service and provider, and how they ended. */
    public record NoShowCount(String service, String providerId, int absent, int excused, int refused) {
    }

    /** Decisions per provider: signed (issued), superseded and revoked. */
    public record DecisionCount(String providerId, int issued, int superseded, int revoked) {
    }

    /** The report of a period. */
    public record Report(LocalDate from, LocalDate to, List<PassRate> passRates, List<NoShowCount> noShows,
                         List<ServiceLevels.Compliance> compliance, List<DecisionCount> decisions) {
    }

    /** The figures of the period (default: the last 90 days); 400 for a period that ends before it starts. */
    @Transactional(readOnly = true)
    public Report report(LocalDate from, LocalDate to) {
        requireMinistry();
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(90) : from;
        if (start.isAfter(end)) {
            throw new DecisionRefusal(BAD_INPUT, "decision.reports.period-invalid");
        }
        Date a = Date.valueOf(start);
        Date b = Date.valueOf(end);
        List<PassRate> rates = results.passRates(a, b);
        List<NoShowCount> noShows = noShowRows.counts(a, b);
        List<DecisionCount> decisions = outcomeRows.counts(a, b);
        return new Report(start, end, rates, noShows, serviceLevels.compliance(start, end), decisions);
    }

    /** The same figures as an XLSX workbook, one sheet per table. */
    @Transactional(readOnly = true)
    public byte[] xlsx(LocalDate from, LocalDate to) {
        Report report = report(from, to);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet rates = sheet(workbook, "pass-rates", "service", "provider", "stage", "sat", "passed", "percent");
            report.passRates().forEach(r -> row(rates, r.service(), r.providerId(), r.stage(), r.sat(), r.passed(),
                    r.percent()));
            Sheet noShows = sheet(workbook, "no-shows", "service", "provider", "absent", "excused", "refused");
            report.noShows().forEach(r -> row(noShows, r.service(), r.providerId(), r.absent(), r.excused(),
                    r.refused()));
            Sheet sla = sheet(workbook, "sla", "provider", "step", "on time", "late");
            report.compliance().forEach(r -> row(sla, r.providerId(), r.step(), r.onTime(), r.late()));
            Sheet decisions = sheet(workbook, "decisions", "provider", "issued", "superseded", "revoked");
            report.decisions().forEach(r -> row(decisions, r.providerId(), r.issued(), r.superseded(), r.revoked()));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the reports workbook", e);
        }
    }

    private static Sheet sheet(XSSFWorkbook workbook, String name, String... headings) {
        Sheet sheet = workbook.createSheet(name);
        Row head = sheet.createRow(0);
        for (int i = 0; i < headings.length; i++) {
            head.createCell(i).setCellValue(headings[i]);
        }
        return sheet;
    }

    private static void row(Sheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else {
                row.createCell(i).setCellValue(String.valueOf(values[i]));
            }
        }
    }

    private void requireMinistry() {
        SignedInUser user = currentUser.require();
        boolean ministry = user.organisation().flatMap(organisations::find)
                .map(o -> o.kind() == OrganisationKind.MINISTRY).orElse(false);
        if (!ministry || !user.isStaff()) {
            throw new DecisionRefusal(NOT_ALLOWED, "decision.reports.ministry-only");
        }
    }
}
