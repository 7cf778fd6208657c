package kz.attest.commission;

/** A person's place in a commission: the chair and the members vote; the secretary plans and records, not votes. */
enum MemberRole {
    CHAIR, MEMBER, SECRETARY;

    boolean votes() {
        return this != SECRETARY;
    }

    /** Whether the person plans interview slots (seed 001: the commission tells the time and the link). */
    boolean plans() {
        return this != MEMBER;
    }
}
