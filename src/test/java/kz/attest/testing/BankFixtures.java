package kz.attest.testing;

import kz.attest.itembank.BankText;
import kz.attest.itembank.CaseContent;
import kz.attest.itembank.CaseDraft;
import kz.attest.itembank.CaseScope;
import kz.attest.itembank.ItemBank;
import kz.attest.itembank.ItemContent;

import java.util.List;
import java.util.UUID;

/** Bank content of a test's own, so that invalidating it leaves the shared demonstration bank untouched. */
public final class BankFixtures {

    private BankFixtures() {
    }

    /**
     * A practical task of the advocates' attestation, written, reviewed and approved by people of the test's own, then
     * retired at once: it stays out of other tests' forms, and a retired case can still be invalidated (¶26).
     */
    public static UUID retiredCase(ItemBank bank, BankText situation, List<ItemContent> questions) {
        String author = "author-" + UUID.randomUUID();
        UUID id = bank.createCase(new CaseDraft(CaseScope.service("ADVOCATE_ATTESTATION"),
                new CaseContent(situation, questions), false), author);
        bank.submitCase(id, author);
        bank.approveCase(id, "reviewer-" + UUID.randomUUID());
        bank.retireCase(id, author);
        return id;
    }
}
