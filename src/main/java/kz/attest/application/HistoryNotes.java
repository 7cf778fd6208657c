package kz.attest.application;

import kz.attest.calendar.DateTexts;
import kz.attest.catalogue.Catalogue;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * A history note in the reader's language for the pages ({@code ${@historyNotes.text(e)}}): its message with the
 * arguments put into words (a document type's name, a date as the reader writes it); a person's own words as written
 * (issue 14: no English phrase on a kk or ru page).
 */
@Component("historyNotes")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HistoryNotes {

    private final MessageSource messages;
    private final Catalogue catalogue;

    public String text(HistoryEntry entry) {
        return text(entry, LocaleContextHolder.getLocale());
    }

    public String text(HistoryEntry entry, Locale locale) {
        if (entry == null || entry.note() == null) {
            return "";
        }
        return entry.note().render(messages, locale, value -> catalogue.documentTypes().stream()
                .filter(d -> d.code().equals(value)).map(d -> d.name().in(locale)).findFirst()
                .orElseGet(() -> DateTexts.inText(value, messages, locale)));
    }
}
