package kz.attest.itembank;

import kz.attest.web.Refusal.Kind;

import java.util.List;
import java.util.UUID;

/**
 * A case (situational task): a situation and its questions, for a service or an expert specialty, under the same
 * four-eyes review as questions. A case goes to review only with exactly the catalogue's questions per case.
 */
final class BankCase {

    private final UUID id;
    private final CaseScope scope;
    private final boolean practice;
    private final boolean demonstration;
    private final Review review;
    private CaseContent content;

    BankCase(UUID id, CaseScope scope, boolean practice, boolean demonstration, Review review, CaseContent content) {
        this.id = id;
        this.scope = scope;
        this.practice = practice;
        this.demonstration = demonstration;
        this.review = review;
        this.content = content;
    }

    static BankCase draft(UUID id, CaseScope scope, CaseContent content, boolean practice, String author, BankRules rules) {
        check(content, rules.caseRule(scope));
        return new BankCase(id, scope, practice, false, Review.draftBy(author), content);
    }

    void edit(CaseContent changed, String by, BankRules rules) {
        if (changed.questions().size() == content.questions().size()) {
            List<ItemContent> kept = new java.util.ArrayList<>();
            for (int q = 0; q < changed.questions().size(); q++) {
                kept.add(Item.keepLayout(content.questions().get(q), changed.questions().get(q)));
            }
            changed = new CaseContent(changed.situation(), kept);
        }
        check(changed, rules.caseRule(scope));
        review.edit(by);
        content = changed;
    }

    /** Seed ¶11(2), ¶43: a case goes to candidates with its full set of questions, so review needs all of them. */
    void submit(BankRules rules) {
        int needed = rules.caseRule(scope).questionsPerCase();
        if (content.questions().size() != needed) {
            throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.case.question-count", needed, content.questions().size());
        }
        translated();
        review.submit();
    }

    void approve(String by) {
        translated();
        review.approve(by);
    }

    void sendBack(String by) {
        review.sendBack(by);
    }

    void retire() {
        review.retire();
    }

    /** A one-language draft (imported so) goes to review only once translated. */
    private void translated() {
        content.missingLanguage().ifPresent(language -> {
            throw new ItemBankRefusal(Kind.WRONG_STATE, "itembank.case.translation-missing", language);
        });
    }

    private static void check(CaseContent content, BankRules.CaseRule rule) {
        if (!content.situation().complete()) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.case.situation-missing");
        }
        if (content.situation().longest() > CaseContent.MAX_SITUATION) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.case.situation-too-long", CaseContent.MAX_SITUATION);
        }
        List<ItemContent> questions = content.questions();
        if (questions.isEmpty() || questions.size() > rule.questionsPerCase()) {
            throw new ItemBankRefusal(Kind.BAD_INPUT, "itembank.case.question-count", rule.questionsPerCase(), questions.size());
        }
        questions.forEach(q -> q.check(rule.minimumOptions()));
    }

    UUID id() {
        return id;
    }

    CaseScope scope() {
        return scope;
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

    CaseContent content() {
        return content;
    }
}
