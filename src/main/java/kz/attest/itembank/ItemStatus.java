package kz.attest.itembank;

/** Where a question or case is in its four-eyes review; only approved ones reach candidates. */
enum ItemStatus {
    DRAFT, IN_REVIEW, APPROVED, RETIRED
}
