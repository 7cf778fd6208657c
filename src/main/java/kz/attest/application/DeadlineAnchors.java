package kz.attest.application;

import kz.attest.catalogue.DeadlineAnchor;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The anchor events of the deadline table (receipt, registration, completeness, ...) as an application's history shows them. */
final class DeadlineAnchors {

    private DeadlineAnchors() {
    }

    /** When each anchor event of the deadline table happened, read from the history. */
    static Map<DeadlineAnchor, Instant> of(Instant receivedAt, List<HistoryEntry> history) {
        Map<DeadlineAnchor, Instant> anchors = new EnumMap<>(DeadlineAnchor.class);
        anchors.put(DeadlineAnchor.RECEIPT, receivedAt);
        ApplicationStatus previous = null;
        for (HistoryEntry entry : history) {
            if (entry.status() == previous) {
                continue;   // an entry without a status change (an objection) is no anchor
            }
            previous = entry.status();
            switch (entry.status()) {
                case REGISTERED -> anchors.put(DeadlineAnchor.REGISTRATION, entry.at());
                case UNDER_REVIEW -> anchors.put(DeadlineAnchor.COMPLETENESS_CONFIRMED, entry.at());
                case REFUSAL_PROPOSED -> {
                    anchors.put(DeadlineAnchor.PRELIMINARY_REFUSAL_NOTICE, entry.at());
                    anchors.put(DeadlineAnchor.HEARING_NOTICE, entry.at());
                }
                case ADMITTED -> anchors.put(DeadlineAnchor.ADMISSION_DECISION, entry.at());
                case TESTED -> anchors.put(DeadlineAnchor.RESULTS_RECEIVED, entry.at());
                default -> {
                }
            }
        }
        return anchors;
    }
}
