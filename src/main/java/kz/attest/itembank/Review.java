package kz.attest.itembank;

import kz.attest.web.Refusal.Kind;

/**
 * The four-eyes workflow of every question and case: draft → in review → approved → retired. Only drafts change;
 * each change is a new version; the approver is never the author nor the last editor (¶12: the Ministry forms the
 * list — here two of its people vouch for each question).
 */
final class Review {

    private ItemStatus status;
    private int version;
    private final String author;
    private String editedBy;
    private String reviewer;

    Review(ItemStatus status, int version, String author, String editedBy, String reviewer) {
        this.status = status;
        this.version = version;
        this.author = author;
        this.editedBy = editedBy;
        this.reviewer = reviewer;
    }

    static Review draftBy(String author) {
        return new Review(ItemStatus.DRAFT, 1, author, author, null);
    }

    void edit(String by) {
        if (status != ItemStatus.DRAFT) {
            throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.review.only-drafts-editable", status.name());
        }
        version++;
        editedBy = by;
    }

    void submit() {
        if (status != ItemStatus.DRAFT) {
            throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.review.submit-only-drafts", status.name());
        }
        status = ItemStatus.IN_REVIEW;
    }

    void approve(String by) {
        if (status != ItemStatus.IN_REVIEW) {
            throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.review.not-in-review", status.name());
        }
        if (by.equals(author) || by.equals(editedBy)) {
            throw new ItemBankRefusal(Kind.NOT_ALLOWED, "itembank.review.four-eyes");
        }
        status = ItemStatus.APPROVED;
        reviewer = by;
    }

    void sendBack(String by) {
        if (status != ItemStatus.IN_REVIEW) {
            throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.review.not-in-review", status.name());
        }
        status = ItemStatus.DRAFT;
        reviewer = by;
    }

    void retire() {
        if (status == ItemStatus.RETIRED) {
            throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.review.already-retired");
        }
        status = ItemStatus.RETIRED;
    }

    ItemStatus status() {
        return status;
    }

    int version() {
        return version;
    }

    String author() {
        return author;
    }

    String editedBy() {
        return editedBy;
    }

    String reviewer() {
        return reviewer;
    }
}
