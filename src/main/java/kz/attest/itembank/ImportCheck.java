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
    private final boolean oneLanguageAsDraft;

    ImportCheck(BankRules rules) {
        this(rules, false);
    }

    /**
     * @param oneLanguageAsDraft a question or case written in one language only is accepted as a draft that needs
     *                           its translation (issue 13, point 7); otherwise it is one problem naming the language
     */
    ImportCheck(BankRules rules, boolean oneLanguageAsDraft) {
        this.rules = rules;
        this.oneLanguageAsDraft = oneLanguageAsDraft;
    }

    /** Validated content ready to store, or the problems found (then nothing is stored). */
    record Outcome(List<Checked<ItemDraft>> items, List<Checked<CaseDraft>> cases, List<ImportProblem.Found> problems) {
    }

    /**
     * A draft with the bank id its identifier maps to.
     *
     * @param missingLanguage the language ("kk" or "ru") a one-language draft still needs, null when complete
     */
    record Checked<T>(UUID id, T draft, String missingLanguage) {

        Checked(UUID id, T draft) {
            this(id, draft, null);
        }

        /** Stored as a draft waiting for its translation rather than entering review. */
        boolean needsTranslation() {
            return missingLanguage != null;
        }
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
            String missing = oneLanguage(q.location(), q.row(), missingLanguage(q.stem(), q.options()), problems);
            ItemContent content = question(q, minimum == null ? 0 : minimum, "", missing != null, problems);
            if (id != null && content != null && minimum != null) {
                items.add(new Checked<>(id, new ItemDraft(q.topic(), content, q.practice()), missing));
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
            List<BankText> texts = new ArrayList<>();
            s.questions().forEach(q -> {
                texts.add(q.stem());
                texts.addAll(q.options());
            });
            String missing = oneLanguage(s.location(), s.row(), missingLanguage(s.situation(), texts), problems);
            CaseContent content = situation(s, missing != null, problems);
            if (id != null && content != null) {
                cases.add(new Checked<>(id, new CaseDraft(scope(s), content, s.practice()), missing));
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

    /** The language every text lacks while the other is there throughout, or null. */
    private static String missingLanguage(BankText first, List<BankText> rest) {
        return new ItemContent(first, rest, 0).missingLanguage().orElse(null);
    }

    /**
     * A one-language question or case: accepted as a draft needing its translation when the importer asked for
     * that (the missing language returned), else one problem naming the language (and null).
     */
    private String oneLanguage(String location, int row, String missing, List<ImportProblem.Found> problems) {
        if (missing == null) {
            return null;
        }
        if (!oneLanguageAsDraft) {
            problems.add(ImportProblem.found(location, row, "language", "itembank.import.one-language",
                    missing.equals("kk") ? "ru" : "kk", missing));
            return "";
        }
        return missing;
    }

    private CaseContent situation(Situation s, boolean oneLanguage, List<ImportProblem.Found> problems) {
        int before = problems.size();
        BankRules.CaseRule rule = null;
        try {
            rule = rules.caseRule(scope(s));
        } catch (ItemBankRefusal unknown) {
            problems.add(ImportProblem.found(s.location(), s.row(), "scope", "itembank.import.scope-unknown",
                    s.scopeKind() + ":" + s.scopeCode()));
        }
        text(s.situation(), "situation", CaseContent.MAX_SITUATION, s.location(), s.row(), !oneLanguage, problems);
        List<ItemContent> questions = new ArrayList<>();
        for (Question q : s.questions()) {
            ItemContent content = question(q, rule == null ? 0 : rule.minimumOptions(), "", oneLanguage, problems);
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
    private static ItemContent question(Question q, int minimum, String prefix, boolean oneLanguage,
                                        List<ImportProblem.Found> problems) {
        int before = problems.size();
        String where = q.location();
        int row = q.row();
        text(q.stem(), prefix + "stem", ItemContent.MAX_STEM, where, row, !oneLanguage, problems);
        for (int i = 0; i < q.options().size(); i++) {
            text(q.options().get(i), prefix + "option" + (i + 1), ItemContent.MAX_OPTION, where, row, !oneLanguage,
                    problems);
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
        ItemContent content = new ItemContent(q.stem(), q.options(), q.correct().getFirst(), q.layout());
        try {
            content.check(minimum, !oneLanguage);
        } catch (ItemBankRefusal refusal) {
            problems.add(new ImportProblem.Found(where, row, "", refusal.messageKey(),
                    java.util.Arrays.asList(refusal.arguments())));
            return null;
        }
        return content;
    }

    private static void text(BankText text, String field, int max, String where, int row, boolean bothLanguages,
                             List<ImportProblem.Found> problems) {
        if (bothLanguages && text.kk().isEmpty()) {
            problems.add(ImportProblem.found(where, row, field + "_kk", "itembank.import.language-missing", "kk"));
        }
        if (bothLanguages && text.ru().isEmpty()) {
            problems.add(ImportProblem.found(where, row, field + "_ru", "itembank.import.language-missing", "ru"));
        }
        if (text.longest() > max) {
            problems.add(ImportProblem.found(where, row, field, "itembank.import.too-long", max));
        }
    }
}
