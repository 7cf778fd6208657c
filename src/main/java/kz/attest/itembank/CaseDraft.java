package kz.attest.itembank;

/** What an author writes for a new case: whom it serves, its content and whether it belongs to the practice pool. */
public record CaseDraft(CaseScope scope, CaseContent content, boolean practice) {
}
