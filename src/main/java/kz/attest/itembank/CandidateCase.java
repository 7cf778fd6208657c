package kz.attest.itembank;

import java.util.List;

/** A case as the candidate sees it: the situation with its questions, in one language; no keys. */
public record CandidateCase(String situation, List<CandidateQuestion> questions) {

    public CandidateCase {
        questions = List.copyOf(questions);
    }
}
