package kz.attest.itembank;

/** A case with its content, for its authors and reviewers only; every such read is audited. */
record CaseView(CaseSummary summary, CaseContent content) {
}
