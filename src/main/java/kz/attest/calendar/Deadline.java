package kz.attest.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A legal deadline counted in working days from a receipt.
 *
 * @param receiptDay the working day the receipt counts as received on
 * @param dueDate    the last working day of the term
 * @param dueBy      the end of working hours on the due date
 */
public record Deadline(Instant received, LocalDate receiptDay, int workingDays, LocalDate dueDate, Instant dueBy) {
}
