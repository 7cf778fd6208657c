package kz.attest.itembank;

import java.util.List;
import java.util.UUID;

/** One case of a candidate's form: which version, and the option order of each of its questions. */
public record FormCase(UUID caseId, int version, List<List<Integer>> optionOrders) {

    public FormCase {
        optionOrders = optionOrders.stream().map(List::copyOf).toList();
    }
}
