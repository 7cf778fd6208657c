package kz.attest.itembank;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a reader found in an import file before any rule of the bank is applied: questions and cases as written
 * (possibly incomplete) and the problems of form (unreadable cells, bad flags, missing columns).
 */
record ImportBatch(String format, List<Question> items, List<Situation> cases, List<ImportProblem.Found> problems) {

    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,99}");

    ImportBatch {
        items = List.copyOf(items);
        cases = List.copyOf(cases);
        problems = new ArrayList<>(problems);
    }

    /**
     * A question as written: stem and options in both languages, the option numbers marked correct (0-based).
     * {@code topic} and {@code identifier} are null for the questions of a case.
     */
    record Question(String identifier, String topic, BankText stem, List<BankText> options, List<Integer> correct,
                    boolean practice, OptionLayout layout, String location, int row) {

        Question {
            layout = layout == null ? OptionLayout.SHUFFLED : layout;
        }

        Question(String identifier, String topic, BankText stem, List<BankText> options, List<Integer> correct,
                 boolean practice, String location, int row) {
            this(identifier, topic, stem, options, correct, practice, OptionLayout.SHUFFLED, location, row);
        }

        Question withStem(BankText changed) {
            return new Question(identifier, topic, changed, options, correct, practice, layout, location, row);
        }
    }

    /** A case as written: scope, situation in both languages, its questions in order. */
    record Situation(String identifier, String scopeKind, String scopeCode, BankText situation,
                     List<Question> questions, boolean practice, String location, int row) {
    }

    /**
     * The bank id of an imported question or case: an identifier that is a UUID (as exported: {@code item-<uuid>},
     * {@code case-<uuid>}) is the id itself, so re-importing an export is a duplicate; any other identifier maps to
     * a name-based UUID, so the same file imported twice is a duplicate too.
     */
    static UUID idOf(String kind, String identifier) {
        String text = identifier.strip();
        String bare = text.startsWith(kind + "-") ? text.substring(kind.length() + 1) : text;
        if (bare.length() == 36) {
            try {
                return UUID.fromString(bare);
            } catch (IllegalArgumentException notAUuid) {
                // a name
            }
        }
        return UUID.nameUUIDFromBytes(("attest-kz:itembank:" + kind + ":" + text).getBytes(StandardCharsets.UTF_8));
    }
}
