package kz.attest.itembank;

/** What an author writes for a new question: its topic, content and whether it belongs to the practice pool. */
public record ItemDraft(String topic, ItemContent content, boolean practice) {
}
