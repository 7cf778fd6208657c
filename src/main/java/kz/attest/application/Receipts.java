package kz.attest.application;

import kz.attest.calendar.DateTexts;
import kz.attest.catalogue.Catalogue;
import kz.attest.identity.Accounts;
import kz.attest.identity.Organisations;
import kz.attest.identity.SignedInUser;
import kz.attest.reporting.PdfRenderer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static kz.attest.web.SupportedLocales.KAZAKH;
import static kz.attest.web.SupportedLocales.RUSSIAN;

/**
 * The receipt an applicant gets for a signed application (issue 14): registration number, date of receipt, the
 * provider, the next step and its legal date, on the page and as a PDF carrying Kazakh and Russian, the person's
 * language first. Every value is in words and dates are the reader's; no code of the catalogue is shown.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Receipts {


    private final Applications applications;
    private final Catalogue catalogue;
    private final Organisations organisations;
    private final Accounts accounts;
    private final MessageSource messages;
    private final DateTexts dates;
    private final PdfRenderer pdf;

    /** The receipt's lines in one language: label → value, in reading order. */
    record Receipt(Locale language, String title, Map<String, String> lines, String note) {
    }

    /** The receipt in the reader's language, for the page; the applicant's own application only. */
    @Transactional(readOnly = true)
    Receipt of(long applicationId, Locale language) {
        return of(applications.view(applicationId), language);
    }

    /** The receipt as a PDF: Kazakh and Russian, the applicant's language first. */
    @Transactional(readOnly = true)
    byte[] pdf(long applicationId, Locale reader) {
        ApplicationView view = applications.view(applicationId);
        List<Locale> order = "kk".equals(reader.getLanguage()) ? List.of(KAZAKH, RUSSIAN) : List.of(RUSSIAN, KAZAKH);
        List<Receipt> sections = new ArrayList<>();
        order.forEach(language -> sections.add(of(view, language)));
        return pdf.render("application/receipt-document", Map.of("sections", sections), order.getFirst(),
                sections.getFirst().title());
    }

    private Receipt of(ApplicationView view, Locale language) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put(text("application.receipt.number", language), view.registrationNumber() != null
                ? view.registrationNumber() : text("application.receipt.number-pending", language));
        lines.put(text("application.receipt.received", language), dates.dateTime(view.receivedAt(), language));
        String applicant = accounts.find(accountOf(view)).map(SignedInUser::fullName).orElse("");
        lines.put(text("application.receipt.applicant", language),
                applicant + ", " + text("application.detail.iin", language, view.applicantIin()));
        lines.put(text("application.receipt.service", language), catalogue.find(view.service())
                .map(s -> s.name().in(language)).orElse(""));
        lines.put(text("application.receipt.provider", language), organisations.find(view.providerId())
                .map(o -> o.name(language)).orElse(""));
        if (view.pendingStep() != null) {
            lines.put(text("application.receipt.next-step", language),
                    text(LegalDeadlines.stepKey(view.pendingStep()), language));
            lines.put(text("application.receipt.next-due", language), dates.date(view.pendingDue(), language)
                    + " (" + dates.workingDaysLeft(view.pendingDue(), language) + ")");
        }
        lines.put(text("application.receipt.status", language), text(view.status().messageKey(), language));
        return new Receipt(language, text("application.receipt.title", language), lines,
                text("application.receipt.note", language));
    }

    private long accountOf(ApplicationView view) {
        return applications.accountOf(view.id());
    }

    private String text(String key, Locale language, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}
