package kz.attest.itembank;

import java.util.List;

/**
 * A candidate's form for one stage: the seed that reproduces it, its questions and its cases with their option
 * orders. Carries no text and no keys, so it may travel anywhere; the text comes from {@link Forms#candidateView}.
 */
public record AssembledForm(long seed, List<FormItem> items, List<FormCase> cases) {

    public AssembledForm {
        items = List.copyOf(items);
        cases = List.copyOf(cases);
    }
}
