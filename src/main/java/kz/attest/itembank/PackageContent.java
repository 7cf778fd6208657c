package kz.attest.itembank;

import java.util.List;
import java.util.UUID;

/**
 * The confidential inside of a sealed package: approved questions and cases with their keys, exactly as approved
 * (id and version kept, so a form assembled on the operator's side names the Ministry's question).
 */
record PackageContent(List<PackagedItem> items, List<PackagedCase> cases) {

    PackageContent {
        items = items == null ? List.of() : List.copyOf(items);
        cases = cases == null ? List.of() : List.copyOf(cases);
    }

    /** One approved question. */
    record PackagedItem(UUID id, int version, String topic, boolean practice, boolean demonstration, String author,
                        String reviewer, ItemContent content) {
    }

    /** One approved case. */
    record PackagedCase(UUID id, int version, CaseScope scope, boolean practice, boolean demonstration, String author,
                        String reviewer, CaseContent content) {
    }
}
