package kz.attest.catalogue;

/** The unit a legal term is counted in; working days need the working-day calendar. */
public enum TermUnit {
    MINUTES, WORKING_DAYS, CALENDAR_DAYS, MONTHS, YEARS;

    /** Message key of the unit with the amount as argument, e.g. {@code catalogue.unit.working-days}. */
    public String messageKey() {
        return "catalogue.unit." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
