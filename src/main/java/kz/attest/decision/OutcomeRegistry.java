package kz.attest.decision;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.OrganisationKind;
import kz.attest.identity.Organisations;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static kz.attest.web.Refusal.Kind.BAD_INPUT;

/**
 * The registry of attested persons and certificate holders (documents.md "Validity and the registry"): every signed
 * positive decision with its number, person, service or specialties, date, validity (¶29, ¶53; none for qualification
 * certificates) and standing — valid, expired, revoked or superseded. Officers and heads see their organisation's; the
 * Ministry's staff see every provider's. Searchable, filterable, exported as XLSX.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OutcomeRegistry {

    private static final Set<String> STANDINGS = Set.of("VALID", "EXPIRED", "REVOKED", "SUPERSEDED");

    private final OutcomeRows rows;
    private final CurrentUser currentUser;
    private final Organisations organisations;
    private final MessageSource messages;
    private final Clock clock;
    private final kz.attest.catalogue.Catalogue catalogue;

    /** A search: free text (name, number or IIN), a service code and a standing, each optional. */
    public record Query(String text, String service, String standing) {
    }

    /** The entries the signed-in officer may see that match the query, newest first. */
    @Transactional(readOnly = true)
    public List<OutcomeView> search(Query query) {
        String organisation = ProviderStaff.organisationOf(currentUser.require());
        boolean ministry = organisations.find(organisation).map(o -> o.kind() == OrganisationKind.MINISTRY)
                .orElse(false);
        String text = query == null || query.text() == null ? "" : query.text().strip().toLowerCase(Locale.ROOT);
        if (text.length() > 200) {
            throw new DecisionRefusal(BAD_INPUT, "decision.registry.query-too-long", 200);
        }
        String service = query == null || query.service() == null || query.service().isBlank() ? null
                : query.service().strip();
        String standing = query == null || query.standing() == null || query.standing().isBlank() ? null
                : query.standing().strip().toUpperCase(Locale.ROOT);
        if (standing != null && !STANDINGS.contains(standing)) {
            throw new DecisionRefusal(BAD_INPUT, "decision.registry.standing-unknown");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
        return rows.ofProvider(ministry ? null : organisation, null).stream()
                .filter(r -> r.passed() && !r.status().equals("PREPARED"))
                .filter(r -> service == null || r.service().equals(service))
                .filter(r -> standing == null || r.standing(today).equals(standing))
                .filter(r -> text.isEmpty() || r.fullName().toLowerCase(Locale.ROOT).contains(text)
                        || r.number().toLowerCase(Locale.ROOT).contains(text) || r.iin().contains(text))
                .map(r -> r.view(today)).toList();
    }

    /**
     * Seed 001's 5-yearly cycle: the day the person was last attested by the provider — a signed, passed decision of
     * an attestation service (neither superseded nor revoked) — for the campaign module's due list.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<LocalDate> lastAttested(String iin, String providerId) {
        return rows.signedPassedOf(iin, providerId).stream()
                .filter(r -> catalogue.get(new kz.attest.catalogue.ServiceCode(r.service())).kind()
                        == kz.attest.catalogue.ServiceKind.ATTESTATION)
                .map(OutcomeRows.Row::decidedOn).max(LocalDate::compareTo);
    }

    /** The same entries as an XLSX workbook, headings in the given language. */
    @Transactional(readOnly = true)
    public byte[] xlsx(Query query, Locale locale) {
        List<OutcomeView> entries = search(query);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("registry");
            String[] headings = {"number", "name", "service", "specialties", "date", "valid-until", "standing",
                    "provider"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headings.length; i++) {
                head.createCell(i).setCellValue(messages.getMessage("decision.registry.column." + headings[i], null,
                        locale));
            }
            int n = 1;
            for (OutcomeView e : entries) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(e.number());
                row.createCell(1).setCellValue(e.fullName());
                row.createCell(2).setCellValue(e.service());
                row.createCell(3).setCellValue(String.join(", ", e.specialties()));
                row.createCell(4).setCellValue(e.decidedOn().toString());
                row.createCell(5).setCellValue(e.validUntil() == null ? "" : e.validUntil().toString());
                row.createCell(6).setCellValue(messages.getMessage(e.standingKey(), null, locale));
                row.createCell(7).setCellValue(e.providerId());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the registry workbook", e);
        }
    }
}
