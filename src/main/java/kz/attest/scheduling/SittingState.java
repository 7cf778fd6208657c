package kz.attest.scheduling;

/** A candidate's place in a session: told place, date and time; checked in at a seat; or marked absent. */
enum SittingState {
    ASSIGNED, CHECKED_IN, ABSENT
}
