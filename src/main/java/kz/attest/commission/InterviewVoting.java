package kz.attest.commission;

import kz.attest.audit.AuditLog;
import kz.attest.catalogue.Catalogue;
import kz.attest.identity.SignedInUser;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * The interview itself: the members record the questions asked (at most so many per expert specialty, from the
 * catalogue) and the voting members vote pass or fail.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InterviewVoting {

    private final InterviewRows rows;
    private final InterviewQueries queries;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;

    /** A member records a question asked, tagged with the expert specialty (at most so many per specialty: 409). */
    @Transactional
    public InterviewView ask(long id, String specialty, String text) {
        Interview interview = Interview.planned(queries.lockedForChange(id));
        InterviewRows.Row row = interview.row();
        SignedInUser user = queries.member(row, role -> true, "commission.error.members-only");
        Interview.AskedQuestion asked = interview.question(specialty, text, queries.specialtiesOf(row));
        int max = interview.rules(catalogue).maxQuestionsPerSpecialty();
        if (rows.questionCount(id, asked.specialty()) >= max) {
            throw new InterviewRefusal(Kind.WRONG_STATE, "commission.error.too-many-questions", specialtyName(asked.specialty()),
                    max);
        }
        long question = rows.addQuestion(id, asked.specialty(), asked.text(), user.login(), clock.instant());
        audit.record(user.login(), "commission.question-asked", Interview.ENTITY, Long.toString(id),
                "question " + question + " (" + asked.specialty() + ")");
        return queries.view(id);
    }

    /** A voting member (chair or member) votes pass or fail; a new vote replaces theirs until the protocol is signed. */
    @Transactional
    public InterviewView vote(long id, Boolean passed) {
        Interview interview = Interview.planned(queries.lockedForChange(id));
        SignedInUser user = queries.member(interview.row(), MemberRole::votes, "commission.error.voting-members-only");
        if (passed == null) {
            throw new InterviewRefusal(Kind.BAD_INPUT, "commission.error.vote-required");
        }
        rows.vote(id, user.accountId(), passed, clock.instant());
        audit.record(user.login(), "commission.vote-cast", Interview.ENTITY, Long.toString(id),
                passed ? "pass" : "fail");
        return queries.view(id);
    }

    private String specialtyName(String code) {
        try {
            return catalogue.specialty(code).name().in(LocaleContextHolder.getLocale());
        } catch (RuntimeException e) {
            return code;   // a specialty the catalogue no longer names: its code is the best name left
        }
    }
}
