package kz.attest.itembank;

import kz.attest.web.Refusal.Kind;

import java.util.UUID;

/** A single-choice question of one topic, bilingual, under four-eyes review; its content is confidential. */
final class Item {

    private final UUID id;
    private final String topic;
    private final boolean practice;
    private final boolean demonstration;
    private final Review review;
    private ItemContent content;

    Item(UUID id, String topic, boolean practice, boolean demonstration, Review review, ItemContent content) {
        this.id = id;
        this.topic = topic;
        this.practice = practice;
        this.demonstration = demonstration;
        this.review = review;
        this.content = content;
    }

    /** A new draft; refuses content that breaks the catalogue's rules for the topic. */
    static Item draft(UUID id, String topic, ItemContent content, boolean practice, String author, BankRules rules) {
        content.check(rules.minimumOptions(topic));
        return new Item(id, topic, practice, false, Review.draftBy(author), content);
    }

    /** Replaces the content of a draft: a new version. */
    void edit(ItemContent changed, String by, BankRules rules) {
        changed = keepLayout(content, changed);
        changed.check(rules.minimumOptions(topic));
        review.edit(by);
        content = changed;
    }

    /**
     * The authoring form knows no option layout: an edit that keeps the number of options keeps the layout an
     * import brought (QTI {@code shuffle="false"}, {@code fixed="true"}), so nothing is changed silently.
     */
    static ItemContent keepLayout(ItemContent before, ItemContent changed) {
        if (changed.layout().shuffled() && before != null && changed.options().size() == before.options().size()) {
            return changed.withLayout(before.layout());
        }
        return changed;
    }

    /** A one-language draft (imported so) goes to review only once translated. */
    void submit() {
        translated();
        review.submit();
    }

    void approve(String by) {
        translated();
        review.approve(by);
    }

    private void translated() {
        content.missingLanguage().ifPresent(language -> {
            throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.item.translation-missing", language);
        });
    }

    void sendBack(String by) {
        review.sendBack(by);
    }

    void retire() {
        review.retire();
    }

    UUID id() {
        return id;
    }

    String topic() {
        return topic;
    }

    boolean practice() {
        return practice;
    }

    boolean demonstration() {
        return demonstration;
    }

    Review review() {
        return review;
    }

    ItemContent content() {
        return content;
    }
}
