package kz.attest.itembank;

import kz.attest.audit.AuditLog;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Invalidation of delivered questions (seed 000 ¶26): when an act of technical failure confirms an error in a
 * question, a reviewer invalidates it with the reason and the act's reference. The question leaves future forms
 * (it is retired) and {@link ItemInvalidated} tells the delivery side to re-score every attempt that showed it.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ItemInvalidations {

    static final int MAX_REASON = 2000;
    static final int MAX_ACT_REFERENCE = 200;

    private final BankRows store;
    private final InvalidationRows invalidations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Invalidates an approved (or already retired) question. Refuses a blank reason or act reference (400), a
     * question never approved or already invalidated (409), and its own author (403, four eyes).
     */
    @Transactional
    public ItemInvalidated invalidate(UUID itemId, String reason, String actReference, String by) {
        Act act = Act.of(reason, actReference);
        Item item = store.findItem(itemId, true)
                .orElseThrow(() -> new ItemBankRefusal(Kind.NOT_FOUND, "itembank.item.not-found", itemId));
        boolean approved = requireInvalidatable(item.review(), find(itemId).isPresent(), "itembank.invalidation", by);
        Instant now = clock.instant();
        if (approved) {
            item.retire();
            store.updateItem(item, now, false);
        }
        invalidations.insert(InvalidationRows.Target.ITEM, itemId, act.reason(), act.reference(), now, by);
        audit.record(by, "itembank.item-invalidated", ItemBank.ITEM, itemId.toString(), act.summary());
        ItemInvalidated event = new ItemInvalidated(itemId, act.reason(), act.reference(), now, by);
        events.publishEvent(event);
        return event;
    }

    /** The question's invalidation, if it was invalidated. */
    @Transactional(readOnly = true)
    public Optional<ItemInvalidated> find(UUID itemId) {
        return invalidations.find(InvalidationRows.Target.ITEM, itemId)
                .map(r -> new ItemInvalidated(r.id(), r.reason(), r.actReference(), r.at(), r.by()));
    }

    /**
     * Invalidates an approved (or already retired) case, a practical task of stage 2 (¶26: "faults in the practical
     * tasks send the candidate to stage 2 again"). The same checks as for a question: a reason and the act (400), a
     * case never approved or already invalidated (409), not its own author (403). The case is retired and
     * {@link CaseInvalidated} is published.
     */
    @Transactional
    public CaseInvalidated invalidateCase(UUID caseId, String reason, String actReference, String by) {
        Act act = Act.of(reason, actReference);
        BankCase bankCase = store.findCase(caseId, true)
                .orElseThrow(() -> new ItemBankRefusal(Kind.NOT_FOUND, "itembank.case.not-found", caseId));
        boolean approved = requireInvalidatable(bankCase.review(), findCase(caseId).isPresent(),
                "itembank.case-invalidation", by);
        Instant now = clock.instant();
        if (approved) {
            bankCase.retire();
            store.updateCase(bankCase, now, false);
        }
        invalidations.insert(InvalidationRows.Target.CASE, caseId, act.reason(), act.reference(), now, by);
        audit.record(by, "itembank.case-invalidated", ItemBank.CASE, caseId.toString(), act.summary());
        CaseInvalidated event = new CaseInvalidated(caseId, act.reason(), act.reference(), now, by);
        events.publishEvent(event);
        return event;
    }

    /**
     * The checks shared by questions and cases: not invalidated yet ({@code <keys>.already}, 409), approved or retired
     * ({@code <keys>.never-approved}, 409), not by its own author (403, four eyes). True when it is still approved and
     * must be retired.
     */
    private static boolean requireInvalidatable(Review review, boolean invalidated, String keys, String by) {
        if (invalidated) {
            throw new ItemBankRefusal(Kind.WRONG_STATE, keys + ".already");
        }
        ItemStatus status = review.status();
        if (status != ItemStatus.APPROVED && status != ItemStatus.RETIRED) {
            throw new ItemBankRefusal(Kind.WRONG_STATE, keys + ".never-approved", status.name());
        }
        if (by.equals(review.author())) {
            throw new ItemBankRefusal(Kind.NOT_ALLOWED, "itembank.review.four-eyes");
        }
        return status == ItemStatus.APPROVED;
    }

    /** The act of technical failure an invalidation rests on: a reason and the act's reference, both required (400). */
    private record Act(String reason, String reference) {

        static Act of(String reason, String actReference) {
            String why = reason == null ? "" : reason.strip();
            String act = actReference == null ? "" : actReference.strip();
            if (why.isEmpty() || why.length() > MAX_REASON) {
                throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.invalidation.reason-required", MAX_REASON);
            }
            if (act.isEmpty() || act.length() > MAX_ACT_REFERENCE) {
                throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.invalidation.act-required", MAX_ACT_REFERENCE);
            }
            return new Act(why, act);
        }

        String summary() {
            return "act " + reference + "; " + reason;
        }
    }

    /** The case's invalidation, if it was invalidated. */
    @Transactional(readOnly = true)
    public Optional<CaseInvalidated> findCase(UUID caseId) {
        return invalidations.find(InvalidationRows.Target.CASE, caseId)
                .map(r -> new CaseInvalidated(r.id(), r.reason(), r.actReference(), r.at(), r.by()));
    }

    /** Which of the given cases were invalidated (a failed stage that showed one is sat again, ¶26). */
    @Transactional(readOnly = true)
    public Set<UUID> invalidatedCasesAmong(Collection<UUID> caseIds) {
        return invalidations.among(InvalidationRows.Target.CASE, caseIds);
    }

    /** Which of the given questions were invalidated (for scoring: they count in the candidate's favour, ¶26). */
    @Transactional(readOnly = true)
    public Set<UUID> invalidatedAmong(Collection<UUID> itemIds) {
        return invalidations.among(InvalidationRows.Target.ITEM, itemIds);
    }
}
