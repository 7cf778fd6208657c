package kz.attest.scheduling;

/** Planned by the operator; open while the proctor checks candidates in; closed once absentees are marked. */
enum SessionState {
    PLANNED, OPEN, CLOSED
}
