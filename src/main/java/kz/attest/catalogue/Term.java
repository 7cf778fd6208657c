package kz.attest.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Duration;
import java.time.LocalDate;

/**
 * A legal term: an amount of a unit, and the provision that sets it. Calendar units can be applied to dates here;
 * working days are counted by the working-day calendar ("within N working days of X counts from the first working
 * day after X", lifecycle.md).
 */
public record Term(@JsonProperty(required = true) int amount, TermUnit unit, LegalRef ref) {

    public boolean inWorkingDays() {
        return unit == TermUnit.WORKING_DAYS;
    }

    /** The date {@code amount} calendar days, months or years after {@code date}. */
    public LocalDate after(LocalDate date) {
        return switch (unit) {
            case CALENDAR_DAYS -> date.plusDays(amount);
            case MONTHS -> date.plusMonths(amount);
            case YEARS -> date.plusYears(amount);
            case WORKING_DAYS, MINUTES -> throw new IllegalStateException(
                    "A term of " + this + " is not a calendar term; count it with the working-day calendar or as a duration");
        };
    }

    /** The date {@code amount} calendar days, months or years before {@code date}. */
    public LocalDate before(LocalDate date) {
        return switch (unit) {
            case CALENDAR_DAYS -> date.minusDays(amount);
            case MONTHS -> date.minusMonths(amount);
            case YEARS -> date.minusYears(amount);
            case WORKING_DAYS, MINUTES -> throw new IllegalStateException(
                    "A term of " + this + " is not a calendar term; count it with the working-day calendar or as a duration");
        };
    }

    /** A term in minutes as a duration (stage timers, licence steps of seed 004). */
    public Duration asDuration() {
        if (unit != TermUnit.MINUTES) {
            throw new IllegalStateException("A term of " + this + " is not counted in minutes");
        }
        return Duration.ofMinutes(amount);
    }

    @Override
    public String toString() {
        return amount + " " + unit + (ref == null ? "" : " (" + ref + ")");
    }
}
