package kz.attest.itembank;

import java.util.List;
import java.util.UUID;

/**
 * One question of a candidate's form: which version, and the order its options are shown in ({@code optionOrder[i]}
 * is the stored option shown at position {@code i}). No key: that stays on the server.
 */
public record FormItem(UUID itemId, int version, List<Integer> optionOrder) {

    public FormItem {
        optionOrder = List.copyOf(optionOrder);
    }
}
