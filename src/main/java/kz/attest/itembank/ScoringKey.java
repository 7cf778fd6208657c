package kz.attest.itembank;

import java.util.List;

/**
 * The server-side key of a form: the shown position (0-based) of the correct option of each question, and of each
 * case question. Never sent to a candidate's browser (testing.md).
 */
public record ScoringKey(List<Integer> items, List<List<Integer>> cases) {

    public ScoringKey {
        items = List.copyOf(items);
        cases = cases.stream().map(List::copyOf).toList();
    }
}
