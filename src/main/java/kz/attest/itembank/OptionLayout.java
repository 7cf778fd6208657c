package kz.attest.itembank;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How a question's options may be reordered for a candidate (QTI 2.1 {@code choiceInteraction/@shuffle} and
 * {@code simpleChoice/@fixed}): shuffled (the bank's default), kept in the stored order, or shuffled with some
 * options fixed at their stored position ("None of the above" stays last). Form assembly, the author's preview and
 * the export all honour it; it is not confidential, so it is also kept beside the content for assembly.
 *
 * @param ordered the options are never reordered ({@code shuffle="false"})
 * @param fixed   0-based positions that keep their place while the others are shuffled ({@code fixed="true"})
 */
record OptionLayout(boolean ordered, List<Integer> fixed) {

    /** Every option may move: the bank's default. */
    public static final OptionLayout SHUFFLED = new OptionLayout(false, List.of());
    /** No option moves. */
    public static final OptionLayout ORDERED = new OptionLayout(true, List.of());

    public OptionLayout {
        fixed = fixed == null || ordered ? List.of() : List.copyOf(new TreeSet<>(fixed));
    }

    static OptionLayout fixedAt(List<Integer> positions) {
        return new OptionLayout(false, positions);
    }

    boolean shuffled() {
        return !ordered && fixed.isEmpty();
    }

    /**
     * The order to show {@code count} options in ({@code order[shown] = stored}). The default layout draws exactly as
     * before this layout existed, so recorded seeds still give the same forms.
     */
    List<Integer> order(int count, Random random) {
        List<Integer> order = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        if (ordered) {
            return order;
        }
        if (fixed.isEmpty()) {
            Collections.shuffle(order, random);
            return order;
        }
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!fixed.contains(i)) {
                free.add(i);
            }
        }
        Collections.shuffle(free, random);
        int next = 0;
        for (int i = 0; i < count; i++) {
            if (!fixed.contains(i)) {
                order.set(i, free.get(next++));
            }
        }
        return order;
    }

    /** The layout as kept beside the content: empty for the default, {@code =} for ordered, else fixed positions. */
    String code() {
        if (ordered) {
            return "=";
        }
        return fixed.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static OptionLayout parse(String code) {
        if (code == null || code.isBlank()) {
            return SHUFFLED;
        }
        if (code.strip().equals("=")) {
            return ORDERED;
        }
        List<Integer> positions = new ArrayList<>();
        for (String part : code.split(",")) {
            positions.add(Integer.valueOf(part.strip()));
        }
        return fixedAt(positions);
    }

    /** The layouts of a case's questions as one column: null when every question is shuffled freely. */
    static String codes(List<OptionLayout> layouts) {
        if (layouts.stream().allMatch(OptionLayout::shuffled)) {
            return null;
        }
        return layouts.stream().map(OptionLayout::code).collect(Collectors.joining(";", ";", ""));
    }

    static List<OptionLayout> parseCodes(String codes, int questions) {
        List<OptionLayout> layouts = new ArrayList<>();
        if (codes == null || codes.isBlank()) {
            for (int q = 0; q < questions; q++) {
                layouts.add(SHUFFLED);
            }
            return layouts;
        }
        String[] parts = codes.substring(1).split(";", -1);
        for (int q = 0; q < questions; q++) {
            layouts.add(q < parts.length ? parse(parts[q]) : SHUFFLED);
        }
        return layouts;
    }
}
