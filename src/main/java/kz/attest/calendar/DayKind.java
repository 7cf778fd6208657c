package kz.attest.calendar;

/** Why a date is special in the working-day calendar. */
enum DayKind {
    /** A public holiday (Labour Code art. 85, Law "On holidays"): a day off. */
    HOLIDAY,
    /** A day off that a holiday falling on a Saturday or Sunday moved to; derived by rule, never stored. */
    MOVED_DAY_OFF,
    /** A weekday made a day off by the yearly transfer decree. */
    TRANSFERRED_DAY_OFF,
    /** A Saturday or Sunday made a working day by the yearly transfer decree. */
    TRANSFERRED_WORKING_DAY;

    /** Whether the date is not worked. */
    public boolean isDayOff() {
        return this != TRANSFERRED_WORKING_DAY;
    }

    /** Whether an administrator may store this kind (moved days off are derived from holidays). */
    public boolean isStored() {
        return this != MOVED_DAY_OFF;
    }
}
