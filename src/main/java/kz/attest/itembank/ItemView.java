package kz.attest.itembank;

/** A question with its content, for its authors and reviewers only; every such read is audited. */
public record ItemView(ItemSummary summary, ItemContent content) {
}
