package kz.attest.commission;

import java.util.List;

/** A provider's commission and its members (chair first). */
record CommissionView(String organisationId, String name, List<Member> members) {

    public CommissionView {
        members = List.copyOf(members);
    }

    /** A member: account, login, full name, role in the commission. */
    public record Member(long accountId, String login, String fullName, MemberRole role) {
    }
}
