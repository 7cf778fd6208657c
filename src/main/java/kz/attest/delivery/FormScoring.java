package kz.attest.delivery;

import kz.attest.itembank.AssembledForm;
import kz.attest.itembank.AttemptResponses;
import kz.attest.itembank.FormCase;
import kz.attest.itembank.FormItem;
import kz.attest.itembank.ScoringKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Scores a form's answers against its server-side key. Positions are 1-based (questions, then case questions);
 * answers are shown option positions. A question invalidated on an act of technical failure counts as correct for
 * every candidate it was shown to (¶26). Also builds the responses for item statistics, each chosen option mapped
 * back through the form's option order to the bank's stored order.
 */
final class FormScoring {

    private FormScoring() {
    }

    record Scored(int correct, int total, List<AttemptResponses.Response> responses) {

        AttemptResponses forStatistics(UUID attemptId, String service, int stage) {
            return new AttemptResponses(attemptId, service, stage, BigDecimal.valueOf(correct), responses);
        }
    }

    /** The ids of the form's bank questions (those a reviewer can invalidate). */
    static List<UUID> itemIds(AssembledForm form) {
        return form.items().stream().map(FormItem::itemId).toList();
    }

    static Scored score(AssembledForm form, ScoringKey key, Map<Integer, Integer> answers, Set<UUID> invalidated) {
        List<AttemptResponses.Response> responses = new ArrayList<>();
        int correct = 0;
        int position = 1;
        for (int i = 0; i < form.items().size(); i++, position++) {
            FormItem item = form.items().get(i);
            Integer shown = answers.get(position);
            boolean matches = shown != null && shown.equals(key.items().get(i));
            if (matches || invalidated.contains(item.itemId())) {
                correct++;
            }
            responses.add(AttemptResponses.Response.item(item.itemId(), stored(item.optionOrder(), shown), matches));
        }
        for (int c = 0; c < form.cases().size(); c++) {
            FormCase formCase = form.cases().get(c);
            List<Integer> caseKey = key.cases().get(c);
            for (int q = 0; q < formCase.optionOrders().size(); q++, position++) {
                Integer shown = answers.get(position);
                boolean matches = shown != null && shown.equals(caseKey.get(q));
                if (matches) {
                    correct++;
                }
                responses.add(AttemptResponses.Response.caseQuestion(formCase.caseId(), q,
                        stored(formCase.optionOrders().get(q), shown), matches));
            }
        }
        return new Scored(correct, position - 1, responses);
    }

    /** The bank's stored option shown at position {@code shown}: {@code optionOrder[shown]}. */
    private static Integer stored(List<Integer> optionOrder, Integer shown) {
        return shown == null || shown < 0 || shown >= optionOrder.size() ? null : optionOrder.get(shown);
    }
}
