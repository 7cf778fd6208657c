package kz.attest.scheduling;

import kz.attest.web.Refusal;
import org.springframework.ui.Model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused planning form shown again (issue 14): the message next to the field it is about, everything typed kept.
 *
 * @param field the form field the refusal is about, or {@code null} for the form as a whole
 */
record FormRefusal(String field, String messageKey, Object[] arguments) {

    /** Which field each refusal of the operator's forms is about. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("scheduling.hall.invalid-cidr", "allowedIpRanges"),
            Map.entry("scheduling.hall.too-many-ranges", "allowedIpRanges"),
            Map.entry("scheduling.hall.invalid-seb-key", "sebKeyHex"),
            Map.entry("scheduling.hall.duplicate-name", "name"),
            Map.entry("scheduling.hall.invalid-capacity", "capacity"),
            Map.entry("scheduling.hall.capacity-exceeded", "capacity"),
            Map.entry("scheduling.hall.not-a-test-centre", "centreId"),
            Map.entry("scheduling.session.date-in-past", "date"),
            Map.entry("scheduling.session.unknown-stage", "stages"),
            Map.entry("scheduling.session.invalid-stages", "stages"),
            Map.entry("scheduling.session.unknown-service", "service"));

    static FormRefusal of(Refusal refused) {
        return new FormRefusal(FIELDS.get(refused.messageKey()), refused.messageKey(), refused.arguments());
    }

    /** Whether the refusal belongs on the form (bad input) rather than on an error page (not found, forbidden). */
    static boolean onTheForm(Refusal refused) {
        return refused.kind() == Refusal.Kind.BAD_INPUT || refused.kind() == Refusal.Kind.WRONG_STATE;
    }

    /** The status of a page shown again with a refusal on the form: 400 for bad input, 409 for a wrong state. */
    static int status(Refusal refused) {
        return refused.kind() == Refusal.Kind.BAD_INPUT ? 400 : 409;
    }

    /** Puts the refusal and the typed values ({@code typed}, first value of each parameter) on the page. */
    void show(Model model, Map<String, String[]> parameters) {
        Map<String, String> typed = new LinkedHashMap<>();
        parameters.forEach((name, values) -> typed.put(name, values.length == 0 ? "" : values[0]));
        model.addAttribute("refusal", this);
        model.addAttribute("typed", typed);
    }

    public boolean about(String name) {
        return name.equals(field);
    }
}
