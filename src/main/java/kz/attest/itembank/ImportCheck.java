package kz.attest.itembank;

import kz.attest.itembank.ImportBatch.Question;
import kz.attest.itembank.ImportBatch.Situation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Applies the bank's rules to everything a reader found and reports every problem, not only the first: identifiers
 * (missing, malformed, twice in the file, already in the bank), topics and case scopes the catalogue does not know,
 * a language missing in a stem, option or situation, too few or too many options, not exactly one correct option,
 * texts too long, and cases without their full set of questions (they enter review).
 */
final class ImportCheck {

    private final BankRules rules;

    ImportCheck(BankRules rules) {
        this.rules = rules;
    }

    /** Validated content ready to store, or the problems found (then nothing is stored). */
    record Outcome(List<Checked<ItemDraft>> items, List<Checked<CaseDraft>> cases, List<ImportProblem.Found> problems) {
    }

    /** A draft with the bank id its identifier maps to. */
    record Checked<T>(UUID id, T draft) {
    }

    Outcome check(ImportBatch batch, Function<Set<UUID>, Set<UUID>> existingItems,
                  Function<Set<UUID>, Set<UUID>> existingCases) {
        List<ImportProblem.Found> problems = new ArrayList<>(batch.problems());
        List<Checked<ItemDraft>> items = new ArrayList<>();
        List<Checked<CaseDraft>> cases = new ArrayList<>();

        Map<UUID, Question> itemIds = new HashMap<>();
        for (Question q : batch.items()) {
            UUID id = identifier(q.identifier(), "item", q.location(), q.row(), problems);
            if (id != null && itemIds.putIfAbsent(id, q) != null) {
                Question first = itemIds.get(id);
                problems.add(ImportProblem.found(q.location(), q.row(), "id", "itembank.import.id-duplicate",
                        q.identifier(), first.location(), first.row()));
                id = null;
            }
            Integer minimum = null;
            try {
                minimum = rules.minimumOptions(q.topic());
            } catch (ItemBankRefusal unknown) {
                problems.add(ImportProblem.found(q.location(), q.row(), "topic", "itembank.import.topic-unknown",
                        String.valueOf(q.topic() == null ? "" : q.topic())));
            }
            ItemContent content = question(q, minimum == null ? 0 : minimum, "", problems);
            if (id != null && content != null && minimum != null) {
                items.add(new Checked<>(id, new ItemDraft(q.topic(), content, q.practice())));
            }
        }
        Map<UUID, Situation> caseIds = new HashMap<>();
        for (Situation s : batch.cases()) {
            UUID id = identifier(s.identifier(), "case", s.location(), s.row(), problems);
            if (id != null && caseIds.putIfAbsent(id, s) != null) {
                Situation first = caseIds.get(id);
                problems.add(ImportProblem.found(s.location(), s.row(), "case_id", "itembank.import.id-duplicate",
                        s.identifier(), first.location(), first.row()));
                id = null;
            }
            CaseContent content = situation(s, problems);
            if (id != null && content != null) {
                cases.add(new Checked<>(id, new CaseDraft(scope(s), content, s.practice())));
            }
        }
        existing(items.stream().map(Checked::id).collect(java.util.stream.Collectors.toSet()), existingItems,
                itemIds, Question::location, Question::row, Question::identifier, "id", problems);
        existing(cases.stream().map(Checked::id).collect(java.util.stream.Collectors.toSet()), existingCases,
                caseIds, Situation::location, Situation::row, Situation::identifier, "case_id", problems);
        return problems.isEmpty() ? new Outcome(items, cases, List.of()) : new Outcome(List.of(), List.of(), problems);
    }

    private static <T> void existing(Set<UUID> ids, Function<Set<UUID>, Set<UUID>> lookup, Map<UUID, T> written,
                                     Function<T, String> location, Function<T, Integer> row,
                                     Function<T, String> identifier, String field, List<ImportProblem.Found> problems) {
        if (ids.isEmpty()) {
            return;
        }
        for (UUID taken : lookup.apply(ids)) {
            T t = written.get(taken);
            problems.add(ImportProblem.found(location.apply(t), row.apply(t), field, "itembank.import.id-exists",
                    identifier.apply(t)));
        }
    }

    private static UUID identifier(String identifier, String kind, String location, int row,
                                   List<ImportProblem.Found> problems) {
        String field = kind.equals("item") ? "id" : "case_id";
        if (identifier == null || identifier.isBlank()) {
            problems.add(ImportProblem.found(location, row, field, "itembank.import.id-missing"));
            return null;
        }
        if (!ImportBatch.IDENTIFIER.matcher(identifier.strip()).matches()) {
            problems.add(ImportProblem.found(location, row, field, "itembank.import.id-invalid", identifier));
            return null;
        }
        return ImportBatch.idOf(kind, identifier);
    }

    private CaseContent situation(Situation s, List<ImportProblem.Found> problems) {
        int before = problems.size();
        BankRules.CaseRule rule = null;
        try {
            rule = rules.caseRule(scope(s));
        } catch (ItemBankRefusal unknown) {
            problems.add(ImportProblem.found(s.location(), s.row(), "scope", "itembank.import.scope-unknown",
                    s.scopeKind() + ":" + s.scopeCode()));
        }
        text(s.situation(), "situation", CaseContent.MAX_SITUATION, s.location(), s.row(), problems);
        List<ItemContent> questions = new ArrayList<>();
        for (Question q : s.questions()) {
            ItemContent content = question(q, rule == null ? 0 : rule.minimumOptions(), "", problems);
            questions.add(content);
        }
        if (rule != null && s.questions().size() != rule.questionsPerCase()) {
            problems.add(ImportProblem.found(s.location(), s.row(), "question", "itembank.import.case-question-count",
                    rule.questionsPerCase(), s.questions().size()));
        }
        if (problems.size() > before || rule == null) {
            return null;
        }
        return new CaseContent(s.situation(), questions);
    }

    private static CaseScope scope(Situation s) {
        CaseScope.Kind kind = null;
        for (CaseScope.Kind k : CaseScope.Kind.values()) {
            if (k.name().equalsIgnoreCase(String.valueOf(s.scopeKind()).strip())) {
                kind = k;
            }
        }
        return new CaseScope(kind, s.scopeCode() == null ? null : s.scopeCode().strip());
    }

    /** Field-by-field checks of one question; the content when it has no problem. */
    private static ItemContent question(Question q, int minimum, String prefix, List<ImportProblem.Found> problems) {
        int before = problems.size();
        String where = q.location();
        int row = q.row();
        text(q.stem(), prefix + "stem", ItemContent.MAX_STEM, where, row, problems);
        for (int i = 0; i < q.options().size(); i++) {
            text(q.options().get(i), prefix + "option" + (i + 1), ItemContent.MAX_OPTION, where, row, problems);
        }
        if (q.options().size() < minimum) {
            problems.add(ImportProblem.found(where, row, "options", "itembank.import.too-few-options",
                    minimum, q.options().size()));
        }
        if (q.options().size() > ItemContent.MAX_OPTIONS) {
            problems.add(ImportProblem.found(where, row, "options", "itembank.import.too-many-options",
                    ItemContent.MAX_OPTIONS, q.options().size()));
        }
        if (q.correct().size() != 1) {
            problems.add(ImportProblem.found(where, row, "correct", "itembank.import.one-correct", q.correct().size()));
        } else if (q.correct().getFirst() < 0 || q.correct().getFirst() >= q.options().size()) {
            problems.add(ImportProblem.found(where, row, "correct", "itembank.import.correct-out-of-range",
                    q.correct().getFirst() + 1, q.options().size()));
        }
        if (problems.size() > before) {
            return null;
        }
        ItemContent content = new ItemContent(q.stem(), q.options(), q.correct().getFirst());
        try {
            content.check(minimum);
        } catch (ItemBankRefusal refusal) {
            problems.add(new ImportProblem.Found(where, row, "", refusal.messageKey(),
                    java.util.Arrays.asList(refusal.arguments())));
            return null;
        }
        return content;
    }

    private static void text(BankText text, String field, int max, String where, int row,
                             List<ImportProblem.Found> problems) {
        if (text.kk().isEmpty()) {
            problems.add(ImportProblem.found(where, row, field + "_kk", "itembank.import.language-missing", "kk"));
        }
        if (text.ru().isEmpty()) {
            problems.add(ImportProblem.found(where, row, field + "_ru", "itembank.import.language-missing", "ru"));
        }
        if (text.longest() > max) {
            problems.add(ImportProblem.found(where, row, field, "itembank.import.too-long", max));
        }
    }
}
