package kz.attest.itembank;

import java.util.List;

/** A question as the candidate sees it, in one language and in the form's option order; no key. */
public record CandidateQuestion(String stem, List<String> options) {

    public CandidateQuestion {
        options = List.copyOf(options);
    }
}
