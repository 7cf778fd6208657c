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

    /** An approved question: id, version, topic, number of options and how they may be reordered. */
    record PoolItem(UUID id, int version, String topic, int optionCount, OptionLayout layout) {

        PoolItem {
            layout = layout == null ? OptionLayout.SHUFFLED : layout;
        }

        PoolItem(UUID id, int version, String topic, int optionCount) {
            this(id, version, topic, optionCount, OptionLayout.SHUFFLED);
        }
    }

    /** An approved case: id, version, scope, the number of options of each of its questions and their layouts. */
    record PoolCase(UUID id, int version, CaseScope scope, List<Integer> optionCounts, List<OptionLayout> layouts) {

        PoolCase {
            optionCounts = List.copyOf(optionCounts);
            layouts = layouts == null ? optionCounts.stream().map(n -> OptionLayout.SHUFFLED).toList()
                    : List.copyOf(layouts);
        }

        PoolCase(UUID id, int version, CaseScope scope, List<Integer> optionCounts) {
            this(id, version, scope, optionCounts, null);
        }
    }
}
