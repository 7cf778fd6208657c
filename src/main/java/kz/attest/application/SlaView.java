package kz.attest.application;

import java.time.LocalDate;
import java.util.List;

/**
 * The head's view of the organisation's legal deadlines on {@code today}: per officer (who acted last) how many open
 * steps, how many due today and how many overdue, and every open step with a deadline, the most urgent first.
 */
record SlaView(String organisation, LocalDate today, List<OfficerLoad> officers, List<SlaStep> steps) {

    /** One officer's open steps; {@code officer} is {@code null} for applications nobody has taken yet. */
    public record OfficerLoad(String officer, int open, int dueToday, int overdue) {
    }
}
