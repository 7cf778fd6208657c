package kz.attest.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The make-up of a practical test: a number of cases (a situation text and its questions), each with the same number
 * of questions; {@code perSpecialty} when cases are drawn from the candidate's expert specialty (¶43, ¶68).
 */
public record CaseStructure(@JsonProperty(required = true) int cases,
                            @JsonProperty(required = true) int questionsPerCase,
                            boolean perSpecialty) {

    public int totalQuestions() {
        return cases * questionsPerCase;
    }
}
