package kz.attest.itembank;

import java.util.List;
import java.util.UUID;

/**
 * The outcome of an import: on success the import's id and how many questions and cases entered review; on
 * refusal every problem found, by sheet/row or package file, field and reason — and nothing stored.
 * {@code needsTranslation} lists the one-language questions and cases stored as drafts, each naming the language
 * it still needs (they enter review only once translated).
 */
record ImportReport(UUID importId, String format, boolean imported, int items, int cases,
                           List<ImportProblem> problems, List<ImportProblem> needsTranslation) {

    public ImportReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
        needsTranslation = needsTranslation == null ? List.of() : List.copyOf(needsTranslation);
    }

    public ImportReport(UUID importId, String format, boolean imported, int items, int cases,
                        List<ImportProblem> problems) {
        this(importId, format, imported, items, cases, problems, List.of());
    }
}
