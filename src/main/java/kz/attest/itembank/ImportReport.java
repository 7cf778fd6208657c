package kz.attest.itembank;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of an import: on success the import's id and how many questions and cases entered review; on
 * refusal every problem found, by sheet/row or package file, field and reason — and nothing stored.
 */
public record ImportReport(UUID importId, String format, boolean imported, int items, int cases,
                           List<ImportProblem> problems) {
}
