package kz.attest.itembank;

import java.util.List;
import java.util.UUID;

/**
 * What form assembly may draw from: approved questions and cases of one pool (live or practice), by metadata only —
 * assembly never needs the confidential text.
 */
record BankPool(List<PoolItem> items, List<PoolCase> cases) {

    BankPool {
        items = List.copyOf(items);
        cases = List.copyOf(cases);
    }

    /** An approved question: id, version, topic and number of options. */
    record PoolItem(UUID id, int version, String topic, int optionCount) {
    }

    /** An approved case: id, version, scope and the number of options of each of its questions. */
    record PoolCase(UUID id, int version, CaseScope scope, List<Integer> optionCounts) {

        PoolCase {
            optionCounts = List.copyOf(optionCounts);
        }
    }
}
