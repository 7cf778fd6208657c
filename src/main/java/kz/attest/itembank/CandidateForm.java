package kz.attest.itembank;

import java.util.List;

/** The text of a form in the candidate's language, in the order of {@link AssembledForm}; carries no key. */
public record CandidateForm(List<CandidateQuestion> questions, List<CandidateCase> cases) {

    public CandidateForm {
        questions = List.copyOf(questions);
        cases = List.copyOf(cases);
    }
}
