package kz.attest.itembank;

import org.springframework.context.MessageSource;

import java.util.List;
import java.util.Locale;

/**
 * One problem of an import file, localized: where (sheet and row of a workbook, or a file of a QTI package), which
 * field, and why ({@code code} is the message key of {@code i18n/itembank}, {@code message} its text).
 *
 * @param location sheet name or package file name
 * @param row      1-based spreadsheet row, 0 where rows do not apply
 */
record ImportProblem(String location, int row, String field, String code, String message) {

    /** A problem found while reading, with its message arguments, not yet localized. */
    record Found(String location, int row, String field, String code, List<Object> arguments) {

        ImportProblem localize(MessageSource messages, Locale locale) {
            return new ImportProblem(location, row, field, code,
                    messages.getMessage(code, arguments.toArray(), code, locale));
        }
    }

    static Found found(String location, int row, String field, String code, Object... arguments) {
        return new Found(location, row, field, code, java.util.Arrays.asList(arguments.clone()));
    }
}
