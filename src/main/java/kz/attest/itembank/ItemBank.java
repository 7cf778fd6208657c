package kz.attest.itembank;

import kz.attest.audit.AuditLog;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The question bank's authoring side: questions and cases from draft through four-eyes review to approval and
 * retirement, every change and every read of confidential content audited (¶14, ¶41, ¶66, ¶89), and key rotation.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ItemBank {

    static final String ITEM = "ItemBankItem";
    static final String CASE = "ItemBankCase";

    private final BankRows store;
    private final BankRules rules;
    private final BankCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    // ---- questions

    /** Stores a new draft question by {@code author}; refuses content that breaks the catalogue's rules. */
    @Transactional
    public UUID createItem(ItemDraft draft, String author) {
        Item item = Item.draft(UUID.randomUUID(), draft.topic(), draft.content(), draft.practice(), author, rules);
        store.insertItem(item, now());
        audit.record(author, "itembank.item-created", ITEM, item.id().toString(),
                "topic " + item.topic() + ", " + item.content().options().size() + " options"
                        + (item.practice() ? ", practice pool" : ""));
        return item.id();
    }

    /** Replaces a draft's content: a new version. */
    @Transactional
    public int editItem(UUID id, ItemContent content, String editor) {
        Item item = lockItem(id);
        item.edit(content, editor, rules);
        store.updateItem(item, now(), true);
        audit.record(editor, "itembank.item-edited", ITEM, id.toString(), "version " + item.review().version());
        return item.review().version();
    }

    @Transactional
    public void submitItem(UUID id, String actor) {
        changeItem(id, actor, "itembank.item-submitted", Item::submit);
    }

    /** Approves a question in review; refuses (403) its author or last editor — four eyes. */
    @Transactional
    public void approveItem(UUID id, String reviewer) {
        changeItem(id, reviewer, "itembank.item-approved", item -> item.approve(reviewer));
    }

    @Transactional
    public void sendBackItem(UUID id, String reviewer) {
        changeItem(id, reviewer, "itembank.item-sent-back", item -> item.sendBack(reviewer));
    }

    @Transactional
    public void retireItem(UUID id, String actor) {
        changeItem(id, actor, "itembank.item-retired", Item::retire);
    }

    /** A question with its content, for staff; the read itself is recorded in the audit log. */
    @Transactional
    public ItemView readItem(UUID id, String reader) {
        Item item = store.findItem(id, false).orElseThrow(() -> itemNotFound(id));
        audit.record(reader, "itembank.content-read", ITEM, id.toString(), "version " + item.review().version());
        return new ItemView(store.itemSummary(id).orElseThrow(), item.content());
    }

    /** Questions without content, newest first. */
    @Transactional(readOnly = true)
    public List<ItemSummary> items(Optional<String> topic, Optional<ItemStatus> status, int limit) {
        return store.items(topic, status, Math.max(1, Math.min(limit, 500)));
    }

    @Transactional(readOnly = true)
    public Optional<ItemSummary> itemSummary(UUID id) {
        return store.itemSummary(id);
    }

    /** The version numbers a question has had, oldest first. */
    @Transactional(readOnly = true)
    public List<Integer> itemVersions(UUID id) {
        return store.itemVersionNumbers(id);
    }

    // ---- cases

    @Transactional
    public UUID createCase(CaseDraft draft, String author) {
        BankCase bankCase = BankCase.draft(UUID.randomUUID(), draft.scope(), draft.content(), draft.practice(),
                author, rules);
        store.insertCase(bankCase, now());
        audit.record(author, "itembank.case-created", CASE, bankCase.id().toString(),
                bankCase.scope().kind() + " " + bankCase.scope().code() + ", "
                        + bankCase.content().questions().size() + " questions");
        return bankCase.id();
    }

    @Transactional
    public int editCase(UUID id, CaseContent content, String editor) {
        BankCase bankCase = lockCase(id);
        bankCase.edit(content, editor, rules);
        store.updateCase(bankCase, now(), true);
        audit.record(editor, "itembank.case-edited", CASE, id.toString(), "version " + bankCase.review().version());
        return bankCase.review().version();
    }

    @Transactional
    public void submitCase(UUID id, String actor) {
        changeCase(id, actor, "itembank.case-submitted", c -> c.submit(rules));
    }

    @Transactional
    public void approveCase(UUID id, String reviewer) {
        changeCase(id, reviewer, "itembank.case-approved", c -> c.approve(reviewer));
    }

    @Transactional
    public void sendBackCase(UUID id, String reviewer) {
        changeCase(id, reviewer, "itembank.case-sent-back", c -> c.sendBack(reviewer));
    }

    @Transactional
    public void retireCase(UUID id, String actor) {
        changeCase(id, actor, "itembank.case-retired", BankCase::retire);
    }

    @Transactional
    public CaseView readCase(UUID id, String reader) {
        BankCase bankCase = store.findCase(id, false).orElseThrow(() -> caseNotFound(id));
        audit.record(reader, "itembank.content-read", CASE, id.toString(), "version " + bankCase.review().version());
        return new CaseView(store.caseSummary(id).orElseThrow(), bankCase.content());
    }

    @Transactional(readOnly = true)
    public List<CaseSummary> cases(Optional<ItemStatus> status, int limit) {
        return store.cases(status, Math.max(1, Math.min(limit, 500)));
    }

    // ---- keys

    /** Makes a new data key and re-encrypts every stored value under it, in one transaction. */
    @Transactional
    public KeyRotation rotateKey(String actor) {
        String keyId = cipher.keys().addKey();
        int changed = store.reencryptAll();
        audit.record(actor, "itembank.key-rotated", "ItemBankKey", keyId, changed + " values re-encrypted");
        return new KeyRotation(keyId, changed);
    }

    // ----

    private void changeItem(UUID id, String actor, String action, Consumer<Item> change) {
        Item item = lockItem(id);
        change.accept(item);
        store.updateItem(item, now(), false);
        audit.record(actor, action, ITEM, id.toString(), "status " + item.review().status());
    }

    private void changeCase(UUID id, String actor, String action, Consumer<BankCase> change) {
        BankCase bankCase = lockCase(id);
        change.accept(bankCase);
        store.updateCase(bankCase, now(), false);
        audit.record(actor, action, CASE, id.toString(), "status " + bankCase.review().status());
    }

    private Item lockItem(UUID id) {
        return store.findItem(id, true).orElseThrow(() -> itemNotFound(id));
    }

    private BankCase lockCase(UUID id) {
        return store.findCase(id, true).orElseThrow(() -> caseNotFound(id));
    }

    private static ItemBankRefusal itemNotFound(UUID id) {
        return new ItemBankRefusal(Kind.NOT_FOUND, "itembank.item.not-found", id);
    }

    private static ItemBankRefusal caseNotFound(UUID id) {
        return new ItemBankRefusal(Kind.NOT_FOUND, "itembank.case.not-found", id);
    }

    private Instant now() {
        return clock.instant();
    }
}
